package org.aicnet.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * A random secret kept in a file of the data directory, made on first use, so that what was signed before a restart
 * is still good after it. Created through a temporary file of the server's user only, moved in place atomically.
 */
public final class SecretFile {

    private SecretFile() {
    }

    /** The secret of {@code file}, at least {@code bytes} long; {@code what} names it in errors. */
    public static byte[] read(Path file, int bytes, String what) {
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[bytes];
                new SecureRandom().nextBytes(secret);
                Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
                Files.write(temporary, secret);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(temporary);
                }
            }
            byte[] secret = Files.readAllBytes(file);
            if (secret.length < bytes) {
                throw new IllegalStateException(file + " is not a " + what + "; delete it to make a new one");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the " + what + " " + file, e);
        }
    }
}
