package org.aicnet.server.guard;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data directory (database, secrets, logs, outputs, datasets) is the server's user's alone: the directory 700,
 * and each of the server's own entries in it (the database's files, the secrets, the folders of jobs, datasets and
 * temporary files) 700 for a folder and 600 for a file, where the file system has POSIX permissions; what is made
 * later inside a folder is out of other users' reach through it. Other entries (a data directory pointed at a
 * folder that holds more) are left as they are.
 */
public final class PrivateData {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final java.util.regex.Pattern SERVER_ENTRIES =
            java.util.regex.Pattern.compile("aicnet\\..*|.*\\.key|jobs|datasets|tmp");

    private PrivateData() {
    }

    /** Restricts {@code directory} and what lies directly in it; does nothing where permissions are not POSIX. */
    public static void restrict(Path directory) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(directory, DIRECTORY);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (Files.isSymbolicLink(entry) || !SERVER_ENTRIES.matcher(entry.getFileName().toString()).matches()) {
                    continue;
                }
                Files.setPosixFilePermissions(entry, Files.isDirectory(entry) ? DIRECTORY : FILE);
            }
        }
    }
}
