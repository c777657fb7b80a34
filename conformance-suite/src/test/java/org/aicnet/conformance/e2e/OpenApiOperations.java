package org.aicnet.conformance.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations of the schemas module's openapi.yaml: each one's endpoint, the tables of annex A it names in
 * {@code x-standard-tables}, and the schema files it refers to, through the document's components too.
 */
final class OpenApiOperations {

    /**
     * One operation.
     *
     * @param endpoint      {@code METHOD /path}, as annex A names it
     * @param tables        the annex A tables of {@code x-standard-tables}
     * @param bodySchemas   the schema files of its parameters, request body and success answers
     * @param namedSchemas  the schema files it names anywhere, its error answers included
     */
    record Operation(String endpoint, List<String> tables, Set<String> bodySchemas, Set<String> namedSchemas) {
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private OpenApiOperations() {
    }

    static List<Operation> read(Path openApi, SchemaFileIndex schemas) {
        JsonNode document;
        try {
            document = new YAMLMapper().readTree(openApi.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + openApi, e);
        }
        References references = new References(document, openApi, schemas);
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode shared = path.getValue().path("parameters");
            for (Iterator<Map.Entry<String, JsonNode>> items = path.getValue().fields(); items.hasNext(); ) {
                Map.Entry<String, JsonNode> item = items.next();
                if (!METHODS.contains(item.getKey())) {
                    continue;
                }
                JsonNode operation = item.getValue();
                List<String> tables = new ArrayList<>();
                operation.path("x-standard-tables").forEach(table -> tables.add(table.asText()));
                Set<String> body = new TreeSet<>();
                references.collect(shared, body);
                references.collect(operation.path("parameters"), body);
                references.collect(operation.path("requestBody"), body);
                operation.path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("2")) {
                        references.collect(response.getValue(), body);
                    }
                });
                Set<String> named = new TreeSet<>(body);
                references.collect(operation, named);
                operations.add(new Operation(item.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                        List.copyOf(tables), body, named));
            }
        }
        return operations;
    }

    /** The schema files below a node, following the document's own {@code #/components/...} references. */
    private record References(JsonNode document, Path openApi, SchemaFileIndex schemas) {

        void collect(JsonNode node, Set<String> files) {
            collect(node, files, new TreeSet<>());
        }

        private void collect(JsonNode node, Set<String> files, Set<String> followed) {
            if (node.isArray()) {
                node.forEach(element -> collect(element, files, followed));
                return;
            }
            if (!node.isObject()) {
                return;
            }
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                String target = ref.asText();
                if (target.startsWith("#")) {
                    if (followed.add(target)) {
                        collect(document.at(target.substring(1)), files, followed);
                    }
                } else {
                    files.add(schemas.refTarget(openApi, target));
                }
            }
            node.forEach(child -> collect(child, files, followed));
        }
    }
}
