package org.aicnet.server.store;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Brings back the newest commit of a database that was not closed (kill -9, a crash, a power loss). After such an
 * end H2 2.x opens its store at the newest chunk reachable from the file's header; a chunk written into reused space
 * inside the file is not (the header written with it names the chunk before it), so a plain open went back to an
 * older version and lost the last commits that had been answered. MVStore's recovery mode reads every block, takes
 * the newest chunk whose chunks are all there, and names it in the header when it closes; H2 then opens from it.
 * A marker file beside the database, there from the open until a clean close, tells that the last run did not close.
 */
final class CrashRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecovery.class);

    private final Path store;
    private final Path marker;

    /** {@code file}: the database's path without H2's extension, as in its URL. */
    CrashRecovery(Path file) {
        this.store = file.resolveSibling(file.getFileName() + ".mv.db");
        this.marker = file.resolveSibling(file.getFileName() + ".open");
    }

    /** Before H2 opens the database: recovers it when the last run did not close it, then marks it open. */
    void beforeOpen() {
        try {
            if (Files.exists(marker) && Files.exists(store)) {
                recover();
            }
            Files.createDirectories(marker.getParent());
            try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            forceDirectory();
        } catch (IOException e) {
            throw new StoreException("cannot mark the database open: " + marker, e);
        }
    }

    /** After H2 closed the database cleanly: the next open needs no recovery. */
    void closed() {
        try {
            Files.deleteIfExists(marker);
            forceDirectory();
        } catch (IOException e) {
            LOG.warn("the database is closed, but {} stays: the next start reads the whole store", marker, e);
        }
    }

    private void recover() {
        long started = System.nanoTime();
        try {
            new MVStore.Builder().fileName(store.toString()).recoveryMode().open().close();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                // the marker is another running server's, not the trace of a crash
                throw new StoreException("cannot open the database in " + store.getParent()
                        + " (is another server using this data directory?)", e);
            }
            throw new StoreException("cannot recover the database " + store + " that the last run did not close",
                    e);
        }
        LOG.warn("the last run did not close the database (killed or crashed); its newest complete commit was"
                + " recovered in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void forceDirectory() throws IOException {
        try (FileChannel directory = FileChannel.open(marker.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
    }
}
