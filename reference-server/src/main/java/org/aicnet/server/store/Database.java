package org.aicnet.server.store;

import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The embedded H2 database (file mode) under the data directory. Each feature owns a schema script on the class path
 * ({@code db/<feature>.sql}, idempotent: CREATE ... IF NOT EXISTS) that it applies through {@link #apply}. What a
 * request changes goes through {@link #write}: committed and on the disk before the request is answered, or refused.
 */
public final class Database implements AutoCloseable {

    /**
     * WRITE_DELAY=0: a commit writes the store before it returns. H2's default (500 ms) acknowledged commits that a
     * kill -9 then lost, and sequence values with them, which a restart gave out again.
     */
    private static final String SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;MODE=Regular;WRITE_DELAY=0";
    /**
     * H2's file system of asynchronous channels: a commit writes in the thread that commits, and an interrupt of that
     * thread (a scheduler or a server stopping) closed a plain FileChannel under H2, which then refused every write.
     */
    private static final String FILES = "jdbc:h2:async:";

    private final JdbcConnectionPool pool;
    private final DiskSync sync = new DiskSync();
    private final WriteFailures failures = new WriteFailures();
    private final CrashRecovery recovery;

    private Database(Path file) {
        this.recovery = new CrashRecovery(file);
        recovery.beforeOpen();
        this.pool = JdbcConnectionPool.create(url(file), "aicnet", "");
        this.pool.setMaxConnections(32);
    }

    /**
     * The database in {@code dataDirectory}/aicnet.mv.db, created if need be. It is opened here, so that a data
     * directory another server holds is refused at start rather than at the first request.
     */
    public static Database open(Path dataDirectory) {
        Database database = new Database(dataDirectory.toAbsolutePath().resolve("aicnet"));
        try (Connection first = database.connection()) {
            return database;
        } catch (SQLException e) {
            database.close();
            throw new StoreException("cannot open the database in " + dataDirectory.toAbsolutePath()
                    + " (is another server using this data directory?)", e);
        }
    }

    /** The JDBC URL of the database at {@code file} (its path without H2's extension). */
    static String url(Path file) {
        return FILES + file + SETTINGS;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Work on a connection, in a transaction of {@link #write}. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction, commits it and syncs it to the disk; rolls it back when {@code work}
     * fails. A StoreException ({@code what} names the write in it) when it failed, or when the store has failed
     * before: from then on writes are refused, never acknowledged and lost.
     */
    public <T> T write(String what, Work<T> work) {
        failures.check(what);
        boolean committing = false;
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                committing = true;
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
            sync.afterCommit(connection);
            return result;
        } catch (SQLException e) {
            throw failures.failed(what, e, committing);
        }
    }

    /** Why writes are refused, when the store has failed. */
    public Optional<String> brokenCause() {
        return Optional.ofNullable(failures.brokenCause());
    }

    /** Runs a schema script of the class path, statement by statement (statements end with ';' at a line's end). */
    public void apply(String classpathScript) {
        String script = read(classpathScript);
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*(\\r?\\n|$)")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot apply " + classpathScript, e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the failure that made the rollback necessary is the one reported
        }
    }

    private static String read(String classpathScript) {
        try (InputStream in = Database.class.getClassLoader().getResourceAsStream(classpathScript)) {
            if (in == null) {
                throw new StoreException("no schema script " + classpathScript + " on the class path", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read " + classpathScript, e);
        }
    }

    /** Closes the database; once H2 has closed it cleanly, the next open needs no {@link CrashRecovery}. */
    @Override
    public void close() {
        boolean shutDown = shutDown();
        pool.dispose();
        if (shutDown) {
            recovery.closed();
        }
    }

    private boolean shutDown() {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
            return true;
        } catch (SQLException | IllegalStateException notOpen) {
            return false;
        }
    }
}
