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
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store: the embedded H2 file under the data directory, or a PostgreSQL database of the configuration, through a
 * HikariCP pool. Its tables are made and kept current by Flyway from the versioned migrations of the class path:
 * {@code db/migration/common} for every store, {@code db/migration/<dialect>} for what only one of them needs.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int MAX_CONNECTIONS = 32;
    private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)");

    private final HikariDataSource pool;
    private final Dialect dialect;

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
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
        if (store.embedded()) {
            Path file = dataDirectory.toAbsolutePath().resolve("aicnet");
            config.setJdbcUrl("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;MODE=Regular");
            config.setUsername("aicnet");
            config.setPassword("");
            where = "the database in " + dataDirectory.toAbsolutePath()
                    + " (is another server using this data directory?)";
            dialect = Dialect.H2;
        } else {
            config.setJdbcUrl(store.url());
            config.setUsername(store.user());
            config.setPassword(store.passwordEnv() == null ? null : System.getenv(store.passwordEnv()));
            where = "the PostgreSQL store " + withoutQuery(store.url()) + " as " + store.user();
            dialect = Dialect.POSTGRESQL;
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new StoreException("cannot open " + where + ": " + rootMessage(e), e);
        }
        try {
            FluentConfiguration migrations = Flyway.configure().dataSource(pool).locations(dialect.migrations());
            // a schema the URL names (currentSchema=...) is made if it is missing, like the tables in it
            currentSchema(config.getJdbcUrl()).ifPresent(migrations::schemas);
            MigrateResult migrated = migrations
                    // databases made before the versioned migrations: their scripts (IF NOT EXISTS throughout)
                    // run over what is there
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info("store: {}, schema version {} ({} migrations applied now)", where.replaceFirst(" \\(.*", ""),
                    migrated.targetSchemaVersion == null ? migrated.initialSchemaVersion : migrated.targetSchemaVersion,
                    migrated.migrationsExecuted);
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("cannot migrate " + where + ": " + rootMessage(e), e);
        }
        return new Database(pool, dialect);
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public Dialect dialect() {
        return dialect;
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

    @Override
    public void close() {
        pool.close();
    }
}
