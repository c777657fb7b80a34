package org.aicnet.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Forces committed transactions onto the disk (fsync) before their writes are answered. Commits that finish while a
 * sync runs share the next one, so concurrent writers pay about one sync each round instead of one each.
 */
final class DiskSync {

    private final AtomicLong committed = new AtomicLong();
    private long synced;

    /** Called after a commit of {@code connection} returned: returns once that commit is on the disk. */
    void afterCommit(Connection connection) throws SQLException {
        long commit = committed.incrementAndGet();
        synchronized (this) {
            if (synced >= commit) {
                return;
            }
            long upTo = committed.get();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
            synced = upTo;
        }
    }
}
