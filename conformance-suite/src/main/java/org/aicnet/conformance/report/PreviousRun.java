package org.aicnet.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of an earlier run, read back from the compliance.json it left in the report folder: its run id, when it
 * started, and each check's name and outcome by check id. A file that is missing, unreadable or of another shape
 * gives no earlier run: the comparison is a help to the reader, never a reason for a run to fail.
 */
record PreviousRun(String runId, String started, Map<String, Checked> checks) {

    /** One check of the earlier run. */
    record Checked(String name, String outcome) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static Optional<PreviousRun> read(Path complianceJson) {
        if (!Files.isRegularFile(complianceJson)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(complianceJson.toFile());
            if (root == null || !root.path("run").path("id").isTextual() || !root.path("clauses").isArray()) {
                return Optional.empty();
            }
            Map<String, Checked> checks = new LinkedHashMap<>();
            for (JsonNode clause : root.path("clauses")) {
                clause.path("requirements").forEach(requirement -> requirement.path("checks")
                        .forEach(check -> add(checks, check)));
            }
            root.path("unlinkedChecks").forEach(check -> add(checks, check));
            return Optional.of(new PreviousRun(root.path("run").path("id").asText(),
                    root.path("run").path("started").asText(""), checks));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void add(Map<String, Checked> checks, JsonNode check) {
        if (check.path("id").isTextual() && check.path("outcome").isTextual()) {
            checks.putIfAbsent(check.path("id").asText(), new Checked(check.path("name").asText(""),
                    check.path("outcome").asText()));
        }
    }
}
