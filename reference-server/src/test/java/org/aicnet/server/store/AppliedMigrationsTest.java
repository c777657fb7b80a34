package org.aicnet.server.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A store is current, and Flyway skipped, only when every migration of the class path is applied with success. */
class AppliedMigrationsTest {

    @TempDir
    Path data;

    @Test
    void aMigratedStoreIsCurrentAndOpensAgainWithItsTables() throws SQLException {
        try (Database database = Database.open(data); Connection connection = database.connection()) {
            assertTrue(current(connection));
        }
        try (Database database = Database.open(data); Connection connection = database.connection();
             Statement statement = connection.createStatement()) {
            assertTrue(statement.executeQuery("SELECT COUNT(*) FROM jobs").next());
        }
    }

    @Test
    void aStoreWithoutHistoryOrMissingAMigrationIsNotCurrentAndIsMigratedAgain() throws SQLException {
        try (Database database = Database.open(data); Connection connection = database.connection();
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '4'");
            assertFalse(current(connection));
            statement.execute("DROP TABLE \"flyway_schema_history\"");
            assertFalse(current(connection));
        }
        // Flyway runs again: the history is back, with every migration (IF NOT EXISTS throughout)
        try (Database database = Database.open(data); Connection connection = database.connection();
             Statement statement = connection.createStatement()) {
            assertTrue(current(connection));
            var rows = statement.executeQuery("SELECT COUNT(*) FROM job_counter");
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    private static boolean current(Connection connection) {
        return AppliedMigrations.current(connection, null, Dialect.H2.folders());
    }

    @Test
    void aFailedMigrationIsNotCurrent() throws SQLException {
        try (Database database = Database.open(data); Connection connection = database.connection();
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '5'");
            assertFalse(current(connection));
        }
    }
}
