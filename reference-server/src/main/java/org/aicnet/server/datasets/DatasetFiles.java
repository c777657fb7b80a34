package org.aicnet.server.datasets;

import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.standard.Api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of uploaded datasets, one per dataset id under {@code <data>/datasets}. A file is streamed to a temporary
 * file of that directory, checked against the declared size and MD5, synced to the disk and only then moved into
 * place (the directory synced too): a failed or interrupted upload leaves nothing behind, and a file in place is a
 * whole one.
 */
final class DatasetFiles {

    private static final String TEMPORARY_PREFIX = ".upload-";
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path directory;
    private final BiPredicate<String, String> md5Matches;

    /** {@code md5Matches}: whether the MD5 of the file received matches the md5 of the form (DatasetRules). */
    DatasetFiles(Path directory, BiPredicate<String, String> md5Matches) {
        this.directory = directory;
        this.md5Matches = md5Matches;
        try {
            Files.createDirectories(directory);
            removeLeftovers();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + directory, e);
        }
    }

    /** Stores the form's file as dataset {@code id}, or throws the error of the check it failed. */
    void store(String id, UploadForm form, long maxUploadBytes) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, TEMPORARY_PREFIX, "");
            Received received = copy(form, temporary, maxUploadBytes);
            if (received.bytes() != form.size()) {
                throw ApiException.of(ErrorCode.PARAMETER_VALUE, "the file has " + received.bytes() + " bytes but "
                        + Api.SIZE + " says " + form.size());
            }
            if (!md5Matches.test(received.md5(), form.md5())) {
                throw ApiException.of(ErrorCode.PARAMETER_VALUE, "the file's MD5 is not the " + Api.MD5 + " given");
            }
            sync(temporary);
            Files.move(temporary, file(id), StandardCopyOption.ATOMIC_MOVE);
            sync(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store dataset " + id, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    void delete(String id) {
        deleteQuietly(file(id));
    }

    /** The ids of the stored files. */
    Set<String> ids() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.startsWith(TEMPORARY_PREFIX))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private Path file(String id) {
        return directory.resolve(id);
    }

    private record Received(long bytes, String md5) {
    }

    private static Received copy(UploadForm form, Path target, long maxUploadBytes) throws IOException {
        MessageDigest md5 = md5();
        long bytes = 0;
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = form.file().content(); OutputStream out = Files.newOutputStream(target)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes += read;
                if (bytes > maxUploadBytes) {
                    throw UploadForm.tooLarge(maxUploadBytes);
                }
                md5.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return new Received(bytes, HexFormat.of().formatHex(md5.digest()));
    }

    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, TEMPORARY_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** fsync of a file or a directory. */
    private static void sync(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // removed again at the next start
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
