package org.aicnet.server.store;

import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded H2 database (file mode) under the data directory. Each feature owns a schema script on the class path
 * ({@code db/<feature>.sql}, idempotent: CREATE ... IF NOT EXISTS) that it applies through {@link #apply}.
 */
public final class Database implements AutoCloseable {

    private final JdbcConnectionPool pool;

    private Database(String url) {
        this.pool = JdbcConnectionPool.create(url, "aicnet", "");
        this.pool.setMaxConnections(32);
    }

    /**
     * The database in {@code dataDirectory}/aicnet.mv.db, created if need be. It is opened here, so that a data
     * directory another server holds is refused at start rather than at the first request.
     */
    public static Database open(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().resolve("aicnet");
        Database database = new Database("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;MODE=Regular");
        try (Connection first = database.connection()) {
            return database;
        } catch (SQLException e) {
            database.close();
            throw new StoreException("cannot open the database in " + dataDirectory.toAbsolutePath()
                    + " (is another server using this data directory?)", e);
        }
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
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

    @Override
    public void close() {
        pool.dispose();
    }
}
