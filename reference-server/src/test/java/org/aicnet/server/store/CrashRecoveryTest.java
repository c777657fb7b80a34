package org.aicnet.server.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every write {@link Database#write} returned is there after a kill -9 at that moment: the data directory is copied
 * as the system holds it (what a kill -9 leaves), and the copy opened as a restart would. H2 keeps no old chunk
 * (RETENTION_TIME 0), so that its chunks soon go into reused space inside the file, where a plain open after a kill
 * lost the newest of them (about a third of these writes).
 */
class CrashRecoveryTest {

    private static final int WRITES = 40;

    @TempDir
    Path directory;

    @Test
    void everyReturnedWriteSurvivesAKillAtThatMoment() throws Exception {
        Path data = directory.resolve("data");
        Files.createDirectories(data);
        Set<Integer> kept = new TreeSet<>();
        List<String> lost = new ArrayList<>();
        try (Database database = Database.open(data)) {
            try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
                statement.execute("SET RETENTION_TIME 0");
            }
            database.write("create the table", connection -> execute(connection,
                    "CREATE TABLE rows (id INT PRIMARY KEY, status VARCHAR(16), padding VARCHAR(1024))"));
            for (int id = 1; id <= WRITES; id++) {
                change(database, id, kept);
                Set<Integer> afterKill = rowsAfterKill(data, directory.resolve("killed-" + id));
                if (!afterKill.equals(kept)) {
                    lost.add("after write " + id + ": " + afterKill + " instead of " + kept);
                }
            }
        }
        assertEquals(List.of(), lost);
    }

    @Test
    void aClosedDatabaseIsMarkedClosed() {
        Path data = directory.resolve("data");
        try (Database database = Database.open(data)) {
            assertTrue(Files.exists(data.resolve("aicnet.open")), "open, the database is marked open");
        }
        assertFalse(Files.exists(data.resolve("aicnet.open")), "closed, the mark is gone");
    }

    /** Write {@code id}: inserts a row, and now and then stops or deletes an older one. */
    private static void change(Database database, int id, Set<Integer> kept) {
        database.write("change " + id, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rows VALUES (?, 'PENDING', ?)")) {
                insert.setInt(1, id);
                insert.setString(2, "x".repeat(600) + id);
                insert.executeUpdate();
            }
            if (id % 3 == 0) {
                execute(connection, "UPDATE rows SET status = 'STOPPED' WHERE id = " + (id - 1));
            }
            if (id % 4 == 0) {
                execute(connection, "DELETE FROM rows WHERE id = " + (id - 2));
            }
            return null;
        });
        kept.add(id);
        if (id % 4 == 0) {
            kept.remove(id - 2);
        }
    }

    /** The ids a server restarted on a copy of {@code data} (as a kill -9 now leaves it) finds. */
    private static Set<Integer> rowsAfterKill(Path data, Path copy) throws IOException, SQLException {
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Set<Integer> ids = new TreeSet<>();
        try (Database restarted = Database.open(copy); Connection connection = restarted.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM rows")) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids;
    }

    private static Object execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.execute(sql);
        }
    }
}
