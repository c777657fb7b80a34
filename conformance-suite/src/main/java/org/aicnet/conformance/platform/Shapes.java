package org.aicnet.conformance.platform;

import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Which schema of schemas/ describes the body of each response table of annex A (and the error body of B.1), for the
 * steps that name a table: "the answer has the shape of table A.7". The shapes themselves live in the schemas only.
 */
public final class Shapes {

    private static final Map<String, String> SCHEMA_OF_TABLE = Map.ofEntries(
            Map.entry("A.4", "token-response.json"),
            Map.entry("A.7", "centers-response.json"),
            Map.entry("A.11", "resource-specs-response.json"),
            Map.entry("A.15", "idle-resources-response.json"),
            Map.entry("A.21", "images-response.json"),
            Map.entry("A.25", "datasets-response.json"),
            Map.entry("A.29", "dataset-upload-response.json"),
            Map.entry("A.33", "trainjob-create-response.json"),
            Map.entry("A.37", "trainjob-list-response.json"),
            Map.entry("A.42", "trainjob-detail-response.json"),
            Map.entry("A.48", "trainjob-log-url-response.json"),
            Map.entry("A.51", "trainjob-stop-response.json"),
            Map.entry("A.59", "onlinejob-create-response.json"),
            Map.entry("B.1", "error.json"));

    /** The regular expression of the {@code {table}} parameter. */
    public static final String TABLES = "A\\.\\d+|B\\.1";

    private Shapes() {
    }

    public static String schemaOf(String table) {
        String schema = SCHEMA_OF_TABLE.get(table);
        if (schema == null) {
            throw new NoSuchElementException("kit defect: table " + table + " describes no response body");
        }
        return schema;
    }
}
