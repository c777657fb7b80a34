package org.aicnet.conformance.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The published JSON Schemas of GitHub workflows, GitHub actions and GitLab CI files (draft-07), copied under
 * ci-schemas/ of the test resources with their source and version (its README.md).
 */
enum CiSchemas {
    GITHUB_WORKFLOW("github-workflow.json"),
    GITHUB_ACTION("github-action.json"),
    GITLAB_CI("gitlab-ci.json");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String fileName;
    private Schema schema;

    CiSchemas(String fileName) {
        this.fileName = fileName;
    }

    /** Every violation of the schema by the document, as "instance location: message"; empty when it is valid. */
    List<String> violations(JsonNode document) {
        try {
            return schema().validate(JSON.writeValueAsString(document), InputFormat.JSON).stream()
                    .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized Schema schema() {
        if (schema == null) {
            try (InputStream in = CiSchemas.class.getResourceAsStream("/ci-schemas/" + fileName)) {
                if (in == null) {
                    throw new IllegalStateException("ci-schemas/" + fileName + " is not on the test class path");
                }
                schema = REGISTRY.getSchema(in, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }
}
