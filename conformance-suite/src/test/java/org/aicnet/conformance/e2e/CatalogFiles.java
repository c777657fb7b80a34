package org.aicnet.conformance.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A catalog the self-test writes (docs/fault-catalog.md, docs/variant-catalog.md) and its rate line in README.md:
 * compared with the committed files, or, with {@code -D<update>=true}, written into them.
 */
record CatalogFiles(String name, String updateProperty, String readmePrefix) {

    private static final Path README = Path.of("..", "README.md");

    void check(String table, String readmeLine) throws IOException {
        Path docs = Path.of("..", "docs", name);
        Path generated = Path.of("target", name);
        if (Boolean.getBoolean(updateProperty)) {
            Files.writeString(docs, table, StandardCharsets.UTF_8);
            Files.writeString(README, withLine(Files.readString(README, StandardCharsets.UTF_8), readmeLine),
                    StandardCharsets.UTF_8);
            return;
        }
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, table, StandardCharsets.UTF_8);
        String committed = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "";
        String readme = Files.exists(README) ? Files.readString(README, StandardCharsets.UTF_8) : "";
        assertAll(
                () -> assertEquals(table, committed, "docs/" + name + " is out of date: the run wrote the new one to "
                        + "conformance-suite/" + generated + " (or run with -D" + updateProperty + "=true)"),
                () -> assertTrue(readme.lines().anyMatch(readmeLine::equals), "README.md does not state the "
                        + "rate of this run:\n" + readmeLine));
    }

    /** README.md with the line that starts with the prefix replaced, everything else as it was. */
    String withLine(String readme, String line) {
        return readme.lines()
                .map(existing -> existing.startsWith(readmePrefix) ? line : existing)
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
