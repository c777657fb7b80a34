package org.aicnet.server.store;

import org.aicnet.server.TestPostgres;
import org.aicnet.server.config.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PostgreSQL store: made by the migrations in a schema of its own, and refused at start with the reason. */
class PostgresStoreTest {

    @TempDir
    Path directory;

    @Test
    void theMigrationsMakeEveryTableInTheSchemaOfTheUrlOnce() throws Exception {
        StoreSettings store = TestPostgres.fresh();
        Database.open(store, directory).close();
        try (Database database = Database.open(store, directory);
             Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            assertEquals(Dialect.POSTGRESQL, database.dialect());
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables "
                    + "WHERE table_schema = current_schema() AND table_name IN "
                    + "('accounts', 'tokens', 'datasets', 'jobs', 'tasks', 'job_counter', 'server_secrets', 'task_stops')")) {
                rows.next();
                assertEquals(8, rows.getInt(1));
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT COUNT(*), MAX(version) FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
                rows.next();
                assertEquals(6, rows.getInt(1), "each migration ran once, on the first start only");
                assertEquals("6", rows.getString(2));
            }
            // V6: the tasks a backend holds, a partial index, so that no handle is a key
            try (ResultSet rows = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes "
                    + "WHERE schemaname = current_schema() AND indexname IN ('tasks_placed', 'tasks_by_status')")) {
                rows.next();
                assertEquals("tasks_placed", rows.getString(1));
                assertTrue(rows.getString(2).endsWith("(status) WHERE (handle IS NOT NULL)"), rows.getString(2));
                assertFalse(rows.next(), "tasks_by_status is dropped");
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedAtStartWithTheReasonAndWithoutThePassword() {
        StoreSettings right = TestPostgres.fresh();
        // HOME holds some text that is not the password
        StoreSettings wrong = new StoreSettings(right.url(), right.user(), "HOME");
        StoreException refused = assertThrows(StoreException.class, () -> Database.open(wrong, directory));
        String message = refused.getMessage();
        assertTrue(message.startsWith("cannot open the PostgreSQL store jdbc:postgresql://"), message);
        assertTrue(message.contains("as " + right.user()) && message.contains("password authentication failed"),
                message);
        assertFalse(message.contains("currentSchema") || message.contains(System.getenv("HOME") + " "), message);
    }
}
