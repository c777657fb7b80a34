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

/**
 * The schema files in the folders of the module directory (Surefire's basedir property, else the working directory),
 * one folder per clause, by their paths below it ("7.3.1-centers/center.json"), read as JSON.
 */
final class SchemaFiles {

    static final Path DIRECTORY = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    /**
     * The title prefix of the kit's own schemas, which describe what the kit writes (its compliance report), not a
     * table of the standard.
     */
    static final String KIT_TITLE_PREFIX = "aicnet ";
    private static final String SOURCES = "src/";
    private static final String BUILD = "target/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaFiles() {
    }

    /** Paths such as "7.3.1-centers/center.json", sorted: the JSON files one folder down, sources and build aside. */
    static List<String> names() {
        try (Stream<Path> files = Files.walk(DIRECTORY, 2)) {
            return files.map(file -> DIRECTORY.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".json"))
                    .filter(name -> !name.startsWith(SOURCES) && !name.startsWith(BUILD))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of a path ("7.3.1-centers" of "7.3.1-centers/center.json"); empty for a file at the top. */
    static String folder(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
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
