package org.aicnet.conformance.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JSON Schemas of the schemas module as files: where each lies, the tables and clauses its title starts with
 * ("A.34, A.39, A.43 job metadata", "6.3.1 cpu") and the files its {@code $ref}s name. Paths are relative to the
 * module's folder and written with '/'.
 */
final class SchemaFileIndex {

    /** One schema file: its path, the table or clause ids of its title, and the paths of the files it refers to. */
    record SchemaFile(String path, List<String> ids, Set<String> refs) {
    }

    private static final String ID = "(?:[AB]\\.\\d+|\\d+(?:\\.\\d+)+)";
    private static final Pattern LEADING_IDS = Pattern.compile("^(" + ID + "(?:, " + ID + ")*) \\S.*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Map<String, SchemaFile> files = new LinkedHashMap<>();

    private SchemaFileIndex(Path root) {
        this.root = root;
    }

    /** Every *.json below {@code root}, the module's sources and build output aside. */
    static SchemaFileIndex of(Path root) {
        SchemaFileIndex index = new SchemaFileIndex(root);
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(path -> path.toString().endsWith(".json"))
                    .filter(path -> !root.relativize(path).startsWith("src")
                            && !root.relativize(path).startsWith("target"))
                    .sorted().toList()) {
                index.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    Path root() {
        return root;
    }

    /** The files whose title starts with this table or clause id. */
    Set<String> titled(String id) {
        Set<String> titled = new TreeSet<>();
        files.values().stream().filter(file -> file.ids().contains(id)).forEach(file -> titled.add(file.path()));
        return titled;
    }

    /** The file of this path, as {@code TableSchemas} names it ("7.3.1-centers/centers-response.json"). */
    String resolve(String path) {
        if (!files.containsKey(path)) {
            throw new NoSuchElementException("no schema file " + path + " under " + root);
        }
        return path;
    }

    /** These files and every file they refer to, directly or through others. */
    Set<String> withReferenced(Set<String> start) {
        Set<String> reached = new TreeSet<>();
        Deque<String> open = new ArrayDeque<>(start);
        while (!open.isEmpty()) {
            String path = open.pop();
            if (reached.add(path) && files.containsKey(path)) {
                open.addAll(files.get(path).refs());
            }
        }
        return reached;
    }

    /** The path, relative to the module's folder, of the file a {@code $ref} made in {@code from} names. */
    String refTarget(Path from, String ref) {
        String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        return root.relativize(from.getParent().resolve(file).normalize()).toString().replace('\\', '/');
    }

    private void add(Path file) {
        JsonNode schema;
        try {
            schema = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Set<String> refs = new TreeSet<>();
        schema.findValues("$ref").stream().map(JsonNode::asText).filter(ref -> !ref.startsWith("#"))
                .forEach(ref -> refs.add(refTarget(file, ref)));
        String path = root.relativize(file).toString().replace('\\', '/');
        files.put(path, new SchemaFile(path, ids(schema.path("title").asText("")), refs));
    }

    private static List<String> ids(String title) {
        Matcher matcher = LEADING_IDS.matcher(title);
        return matcher.matches() ? Arrays.asList(matcher.group(1).split(", ")) : List.of();
    }
}
