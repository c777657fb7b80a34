package org.aicnet.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The schema files of the module directory (Surefire's basedir property, else the working directory), read as JSON. */
final class SchemaFiles {

    static final Path DIRECTORY = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    /**
     * The title prefix of the kit's own schemas, which describe what the kit writes (its compliance report), not a
     * table of the standard.
     */
    static final String KIT_TITLE_PREFIX = "aicnet ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaFiles() {
    }

    /** File names such as "center.json", sorted. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String name) {
        return Files.isRegularFile(DIRECTORY.resolve(name));
    }

    static JsonNode read(String name) {
        try {
            return JSON.readTree(DIRECTORY.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the file is one of the kit's own schemas rather than the schema of tables of the standard. */
    static boolean isKitSchema(String name) {
        return read(name).path("title").asText().startsWith(KIT_TITLE_PREFIX);
    }

    /** The table ids the file's title starts with; empty when the title names none. */
    static List<String> tables(String name) {
        return TableIds.leading(read(name).path("title").asText()).orElse(List.of());
    }

    /** Every table id that some schema title starts with. */
    static Set<String> allTables() {
        Set<String> tables = new TreeSet<>();
        names().forEach(name -> tables.addAll(tables(name)));
        return tables;
    }
}
