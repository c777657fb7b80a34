package org.aicnet.schemas;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every schema file has examples in src/test/resources/examples/&lt;clause folder&gt;/&lt;schema&gt;/ (those of
 * 7.3.1-centers/center.json in examples/7.3.1-centers/center/): at least one valid-*.json that it accepts and at least
 * two invalid-*.json (a missing required field, a wrong type, a broken rule) that it rejects.
 */
class SchemaExamplesTest {

    private static final Path EXAMPLES = SchemaFiles.DIRECTORY.resolve("src/test/resources/examples");

    @TestFactory
    Stream<DynamicContainer> everySchemaAcceptsItsValidExamplesAndRejectsItsInvalidOnes() {
        return SchemaFiles.names().stream().map(schema -> dynamicContainer(schema, testsOf(schema)));
    }

    @Test
    void everyExampleFolderBelongsToASchemaAndHoldsOnlyExamples() throws IOException {
        try (Stream<Path> paths = Files.walk(EXAMPLES, 2)) {
            for (Path path : paths.filter(path -> !path.equals(EXAMPLES)).toList()) {
                assertTrue(Files.isDirectory(path), "examples lie in examples/<clause folder>/<schema>/: " + path);
                String schema = EXAMPLES.relativize(path).toString().replace('\\', '/') + ".json";
                if (EXAMPLES.relativize(path).getNameCount() == 1) {
                    continue;
                }
                assertTrue(SchemaFiles.exists(schema), "no schema file " + schema + " for examples " + path);
                assertEquals(List.of(), files(path).stream().map(file -> file.getFileName().toString())
                        .filter(name -> !name.matches("(valid|invalid)-[A-Za-z0-9-]+\\.json")).toList(),
                        "files in " + path + " that are neither valid-*.json nor invalid-*.json");
            }
        }
    }

    private static Stream<DynamicTest> testsOf(String schema) {
        Path folder = EXAMPLES.resolve(schema.substring(0, schema.length() - ".json".length()));
        List<Path> valid = examples(folder, "valid-");
        List<Path> invalid = examples(folder, "invalid-");
        DynamicTest enough = dynamicTest("has at least 1 valid and 2 invalid examples", () -> {
            assertTrue(valid.size() >= 1, "valid examples in " + folder + ": " + valid.size());
            assertTrue(invalid.size() >= 2, "invalid examples in " + folder + ": " + invalid.size());
        });
        Stream<DynamicTest> accepted = valid.stream().map(example -> dynamicTest(example.getFileName() + " conforms",
                () -> assertEquals(List.of(), violations(schema, example), schema + " rejects " + example)));
        Stream<DynamicTest> rejected = invalid.stream().map(example -> dynamicTest(example.getFileName() + " is rejected",
                () -> assertFalse(violations(schema, example).isEmpty(), schema + " accepts " + example)));
        return Stream.concat(Stream.of(enough), Stream.concat(accepted, rejected));
    }

    private static List<Path> examples(Path folder, String prefix) {
        return files(folder).stream().filter(file -> file.getFileName().toString().startsWith(prefix)).toList();
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> violations(String schema, Path example) throws IOException {
        return SchemaCatalog.get().violations(schema, Files.readString(example));
    }
}
