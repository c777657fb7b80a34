package org.aicnet.server.replicas;

import org.aicnet.server.store.Database;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The scheduler lease on PostgreSQL: a session-level advisory lock, keyed by the store's schema, held on a connection
 * of its own. PostgreSQL releases it when that session ends, so when the holder dies (its socket closes) another
 * replica, which tries every {@link #RETRY}, takes it over within a second. The holder listens on the schema's
 * channel, on which the other replicas NOTIFY it after they stored a submission or a stop.
 */
final class AdvisoryLease implements SchedulerLease {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryLease.class);
    /** How often a replica without the lease tries to take it, and how long the holder waits for a notification. */
    static final Duration RETRY = Duration.ofMillis(500);
    /** The first key of the lock: the server's among the advisory locks of the database; the second is the schema. */
    private static final int LOCK_CLASS = 0x41494331;

    private final Database database;
    private final Runnable onWake;
    private final Thread thread;
    private volatile boolean held;
    private volatile boolean closed;
    private volatile String channel;
    private Connection session;

    private AdvisoryLease(Database database, Runnable onWake) {
        this.database = database;
        this.onWake = onWake;
        this.thread = new Thread(this::run, "scheduler-lease");
        thread.setDaemon(true);
    }

    static AdvisoryLease start(Database database, Runnable onWake) {
        AdvisoryLease lease = new AdvisoryLease(database, onWake);
        lease.thread.start();
        return lease;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public boolean held() {
        return held;
    }

    @Override
    public void wakeHolder() {
        String to = channel;
        if (to == null) {
            return;
        }
        try (Connection connection = database.connection();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, '')")) {
            notify.setString(1, to);
            notify.execute();
        } catch (SQLException e) {
            LOG.warn("cannot wake the scheduler's replica; its next round comes anyway: {}", e.getMessage());
        }
    }

    private void run() {
        while (!closed) {
            try {
                if (session == null) {
                    connect();
                }
                if (!held && tryLock()) {
                    held = true;
                    LOG.info("this replica holds the scheduler lease of {}", channel);
                }
                PGNotification[] notifications = session.unwrap(PGConnection.class)
                        .getNotifications((int) RETRY.toMillis());
                if (held && notifications != null && notifications.length > 0) {
                    onWake.run();
                }
            } catch (SQLException | RuntimeException e) {
                if (held) {
                    LOG.warn("lost the scheduler lease: {}", e.getMessage());
                }
                held = false;
                closeSession();
                pause();
            }
        }
        held = false;
        closeSession();
    }

    private void connect() throws SQLException {
        session = database.dedicatedConnection();
        try (Statement statement = session.createStatement();
             ResultSet schema = statement.executeQuery("SELECT current_schema()")) {
            schema.next();
            String name = "aicnet_scheduler_" + schema.getString(1);
            // a schema name of the URL's currentSchema: letters, digits and _ only (Database)
            statement.execute("LISTEN \"" + name.replace("\"", "") + "\"");
            channel = name;
        }
    }

    private boolean tryLock() throws SQLException {
        try (PreparedStatement lock = session.prepareStatement(
                "SELECT pg_try_advisory_lock(?, hashtext(current_schema()))")) {
            lock.setInt(1, LOCK_CLASS);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private void closeSession() {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // the session is gone either way, and its lock with it
            }
            session = null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Ends the session, which releases the lock for another replica at once. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
