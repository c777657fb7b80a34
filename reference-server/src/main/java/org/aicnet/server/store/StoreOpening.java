package org.aicnet.server.store;

import org.aicnet.server.config.StoreSettings;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A store being opened ({@link Database#open}) on a thread of its own, so that a start builds what needs no store
 * while the database is made, migrated or recovered: on a fresh data directory that is the largest part of a start
 * (docs/performance.md).
 */
public final class StoreOpening implements AutoCloseable {

    private final CompletableFuture<Database> opened;

    private StoreOpening(CompletableFuture<Database> opened) {
        this.opened = opened;
    }

    public static StoreOpening begin(StoreSettings settings, Path dataDirectory) {
        CompletableFuture<Database> opened = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opened.complete(Database.open(settings, dataDirectory));
            } catch (Throwable e) {
                opened.completeExceptionally(e);
            }
        }, "aicnet-store-open");
        opener.setDaemon(true);
        opener.start();
        return new StoreOpening(opened);
    }

    /** The store once it is open; what opening it threw (a {@link StoreException}, say) is thrown here. */
    public Database database() {
        try {
            return opened.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Closes the store once it is open; nothing where opening it failed. */
    @Override
    public void close() {
        Database database;
        try {
            database = database();
        } catch (RuntimeException e) {
            return;
        }
        database.close();
    }
}
