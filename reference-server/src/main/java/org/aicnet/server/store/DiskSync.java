package org.aicnet.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Forces committed transactions onto the disk (fsync) before their writes are answered. Commits are numbered as they
 * return; one sync covers every commit numbered before it began, so commits that finish while a sync runs share the
 * next one, and concurrent writers pay about one sync each round instead of one each.
 */
final class DiskSync {

    /** Where a sync gets its connection. */
    interface Connections {
        Connection get() throws SQLException;
    }

    private final AtomicLong committed = new AtomicLong();
    private long synced;

    /** Called when a commit returned: its number, for {@link #onDisk}. */
    long committed() {
        return committed.incrementAndGet();
    }

    /** Returns once the commit of that number is on the disk. */
    void onDisk(long commit, Connections connections) throws SQLException {
        synchronized (this) {
            if (synced >= commit) {
                return;
            }
            long upTo = committed.get();
            try (Connection connection = connections.get(); Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
            synced = upTo;
        }
    }
}
