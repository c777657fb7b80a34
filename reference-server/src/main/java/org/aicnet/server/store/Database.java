package org.aicnet.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.aicnet.server.config.StoreSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store: the embedded H2 file under the data directory, or a PostgreSQL database of the configuration, through a
 * HikariCP pool. Its tables are made and kept current by Flyway from the versioned migrations of the class path:
 * {@code db/migration/common} for every store, {@code db/migration/<dialect>} for what only one of them needs. What a
 * request changes goes through {@link #write}: committed and on the disk before the request is answered, or refused.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int MAX_CONNECTIONS = 32;
    private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)");
    /**
     * WRITE_DELAY=0: a commit writes the store before it returns. H2's default (500 ms) acknowledged commits that a
     * kill -9 then lost, and sequence values with them, which a restart gave out again.
     */
    private static final String H2_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;MODE=Regular;WRITE_DELAY=0";
    /**
     * H2's file system of asynchronous channels: a commit writes in the thread that commits, and an interrupt of that
     * thread (a scheduler or a server stopping) closed a plain FileChannel under H2, which then refused every write.
     */
    private static final String H2_FILES = "jdbc:h2:async:";

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final DiskSync sync = new DiskSync();
    private final WriteFailures failures = new WriteFailures();
    /** H2 only: the recovery of a file the last run did not close. */
    private final Optional<CrashRecovery> recovery;

    private Database(HikariDataSource pool, Dialect dialect, Optional<CrashRecovery> recovery) {
        this.pool = pool;
        this.dialect = dialect;
        this.recovery = recovery;
    }

    /** The embedded H2 database in {@code dataDirectory}/aicnet.mv.db, created if need be. */
    public static Database open(Path dataDirectory) {
        return open(StoreSettings.EMBEDDED, dataDirectory);
    }

    /**
     * The store of the settings, opened and migrated here, so that a data directory another server holds, a database
     * that cannot be reached or refuses the credentials is refused at start rather than at the first request.
     */
    public static Database open(StoreSettings store, Path dataDirectory) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("aicnet-store");
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setInitializationFailTimeout(10_000);
        String where;
        Dialect dialect;
        Optional<CrashRecovery> recovery;
        if (store.embedded()) {
            Path file = dataDirectory.toAbsolutePath().resolve("aicnet");
            recovery = Optional.of(new CrashRecovery(file));
            recovery.get().beforeOpen();
            config.setJdbcUrl(url(file));
            config.setUsername("aicnet");
            config.setPassword("");
            where = "the database in " + dataDirectory.toAbsolutePath();
            dialect = Dialect.H2;
        } else {
            config.setJdbcUrl(store.url());
            config.setUsername(store.user());
            config.setPassword(store.passwordEnv() == null ? null : System.getenv(store.passwordEnv()));
            where = "the PostgreSQL store " + withoutQuery(store.url()) + " as " + store.user();
            dialect = Dialect.POSTGRESQL;
            recovery = Optional.empty();
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new StoreException("cannot open " + where + (store.embedded()
                    ? " (is another server using this data directory?)" : "") + ": " + rootMessage(e), e);
        }
        Database database = new Database(pool, dialect, recovery);
        Optional<String> schema = currentSchema(config.getJdbcUrl());
        if (current(pool, dialect, schema)) {
            LOG.info("store: {}, schema current (no migration to apply)", where);
            return database;
        }
        try {
            FluentConfiguration migrations = Flyway.configure().dataSource(pool).locations(dialect.migrations());
            // a schema the URL names (currentSchema=...) is made if it is missing, like the tables in it
            schema.ifPresent(migrations::schemas);
            MigrateResult migrated = migrations
                    // databases made before the versioned migrations: their scripts (IF NOT EXISTS throughout)
                    // run over what is there
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info("store: {}, schema version {} ({} migrations applied now)", where,
                    migrated.targetSchemaVersion == null ? migrated.initialSchemaVersion : migrated.targetSchemaVersion,
                    migrated.migrationsExecuted);
        } catch (FlywayException e) {
            database.close();
            throw new StoreException("cannot migrate " + where + ": " + rootMessage(e), e);
        }
        return database;
    }

    private static boolean current(HikariDataSource pool, Dialect dialect, Optional<String> schema) {
        try (Connection connection = pool.getConnection()) {
            return AppliedMigrations.current(connection, schema.orElse(null), dialect.folders());
        } catch (SQLException e) {
            return false;
        }
    }

    /** The JDBC URL of the H2 database at {@code file} (its path without H2's extension). */
    static String url(Path file) {
        return H2_FILES + file + H2_SETTINGS;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * Whether other servers may use this store at the same time: replicas on one PostgreSQL database
     * (docs/replicas.md), so that what one of them holds in memory may be stale. The embedded H2 file has one server.
     */
    public boolean shared() {
        return dialect == Dialect.POSTGRESQL;
    }

    /** A connection of its own, outside the pool, for a session that lives as long as the caller wants. */
    public Connection dedicatedConnection() throws SQLException {
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
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
        return commit(what, work).onDisk();
    }

    /**
     * {@link #write} up to the commit: the sync is left to {@link Commit#onDisk}, so that a caller who commits under
     * a lock of its own waits for the disk outside it, and concurrent commits share one sync.
     */
    public <T> Commit<T> commit(String what, Work<T> work) {
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
            // PostgreSQL's commit returns once its write-ahead log is flushed (synchronous_commit, on by default)
            return new Commit<>(this, what, result, dialect == Dialect.H2 ? sync.committed() : 0);
        } catch (SQLException e) {
            throw failures.failed(what, e, committing);
        }
    }

    /** Returns once the commit of that number (0: none to wait for) is on the disk. */
    void onDisk(String what, long commit) {
        if (commit == 0) {
            return;
        }
        try {
            sync.onDisk(commit, this::connection);
        } catch (SQLException e) {
            throw failures.failed(what, e, true);
        }
    }

    /** Why writes are refused, when the store has failed. */
    public Optional<String> brokenCause() {
        return Optional.ofNullable(failures.brokenCause());
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the failure that made the rollback necessary is the one reported
        }
    }

    private static Optional<String> currentSchema(String url) {
        Matcher schema = CURRENT_SCHEMA.matcher(url);
        return schema.find() ? Optional.of(schema.group(1)) : Optional.empty();
    }

    /** The URL without its query, where a password may stand. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Closes the store; once H2 has closed its file cleanly, the next open needs no {@link CrashRecovery}. */
    @Override
    public void close() {
        boolean shutDown = recovery.isPresent() && shutDown();
        pool.close();
        if (shutDown) {
            recovery.get().closed();
        }
    }

    private boolean shutDown() {
        boolean shutDown = false;
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
            shutDown = true;
        } catch (SQLException | RuntimeException e) {
            // a pool connection closed by the SHUTDOWN it ran may fail to close; the database was shut down
            if (!shutDown) {
                LOG.warn("the database did not shut down cleanly: {}", e.getMessage());
            }
        }
        return shutDown;
    }
}
