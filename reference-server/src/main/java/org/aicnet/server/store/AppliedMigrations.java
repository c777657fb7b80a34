package org.aicnet.server.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a store already has every versioned migration of the class path applied, read from Flyway's history table
 * without starting Flyway: loading Flyway is the largest part of a server's start (docs/performance.md), and a
 * restart on a current schema has nothing for it to do. Any doubt (no history, a failed or unknown migration, a
 * folder that cannot be read) answers false, and Flyway migrates and validates as always.
 */
final class AppliedMigrations {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    private AppliedMigrations() {
    }

    /** Whether the versions applied with success are exactly those of the migrations in {@code folders}. */
    static boolean current(Connection connection, String schema, String... folders) {
        try {
            Set<String> applied = applied(connection, schema);
            return applied != null && applied.equals(onClassPath(folders));
        } catch (SQLException | IOException | URISyntaxException | RuntimeException e) {
            // RuntimeException: a folder's listing failed (UncheckedIOException, IllegalStateException of a closed jar)
            return false;
        }
    }

    /** The versions applied, or null when one failed. */
    private static Set<String> applied(Connection connection, String schema) throws SQLException {
        String table = (schema == null ? "" : "\"" + schema + "\".") + "\"flyway_schema_history\"";
        Set<String> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\", \"type\" FROM " + table)) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return null;
                }
                // the baseline of databases made before the versioned migrations (version 0) is no migration
                if (rows.getString(1) != null && !"BASELINE".equals(rows.getString(3))) {
                    versions.add(rows.getString(1));
                }
            }
        }
        return versions;
    }

    private static Set<String> onClassPath(String... folders) throws IOException, URISyntaxException {
        Set<String> versions = new HashSet<>();
        for (String folder : folders) {
            URL url = AppliedMigrations.class.getClassLoader().getResource(folder);
            if (url == null) {
                continue;
            }
            if (url.openConnection() instanceof JarURLConnection jar) {
                // the entries' names of the jar, as the JDK keeps it open: no file system of its 18,000 entries
                String prefix = folder + "/";
                jar.getJarFile().stream().map(JarEntry::getName)
                        .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                        .forEach(name -> addVersion(name.substring(prefix.length()), versions));
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.forEach(file -> addVersion(file.getFileName().toString(), versions));
                }
            }
        }
        return versions;
    }

    private static void addVersion(String fileName, Set<String> versions) {
        Matcher versioned = VERSIONED.matcher(fileName);
        if (versioned.matches()) {
            versions.add(versioned.group(1));
        }
    }
}
