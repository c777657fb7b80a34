package org.aicnet.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every schema file declares: dialect, $id, a title naming its tables (or, for the kit's own files such as the
 * compliance report, naming the kit), descriptions, open objects, good refs.
 */
class SchemaFileConventionsTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    /** "中文名 / English line": the Chinese name of the table, then an English line. */
    private static final String CHINESE_THEN_ENGLISH = "(?s).*\\p{IsHan}.* / \\S.*";

    static Stream<String> schemas() {
        return SchemaFiles.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void declaresDraft202012(String schema) {
        assertEquals(DRAFT_2020_12, SchemaFiles.read(schema).path("$schema").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void hasTheIdOfItsFileName(String schema) {
        assertEquals(SchemaCatalog.ID_PREFIX + schema, SchemaFiles.read(schema).path("$id").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void hasATitleStartingWithTheTablesItCoversOrNamingTheKit(String schema) {
        String title = SchemaFiles.read(schema).path("title").asText();
        if (SchemaFiles.isKitSchema(schema)) {
            assertTrue(title.length() > SchemaFiles.KIT_TITLE_PREFIX.length()
                    && TableIds.leading(title.substring(SchemaFiles.KIT_TITLE_PREFIX.length())).isEmpty(),
                    schema + ": a kit schema names what it describes, and no table: " + title);
            return;
        }
        List<String> tables = TableIds.leading(title).orElse(List.of());
        assertTrue(!tables.isEmpty(), schema + ": title does not start with table ids: " + title);
        tables.forEach(table -> assertTrue(TableIds.exists(table), schema + ": no table " + table + " in the standard"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void describesItselfAndEveryPropertyInChineseAndEnglish(String schema) {
        JsonNode root = SchemaFiles.read(schema);
        List<String> undescribed = new ArrayList<>();
        if (!root.path("description").asText().matches(CHINESE_THEN_ENGLISH)) {
            undescribed.add("(the schema)");
        }
        visit(root, "", (pointer, node) -> node.path("properties").properties().forEach(property -> {
            if (!property.getValue().path("description").asText().matches(CHINESE_THEN_ENGLISH)) {
                undescribed.add(pointer + "/properties/" + property.getKey());
            }
        }));
        assertEquals(List.of(), undescribed, schema + ": descriptions missing or not '中文 / English'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void letsVendorsAddProperties(String schema) {
        List<String> closed = new ArrayList<>();
        visit(SchemaFiles.read(schema), "", (pointer, node) -> {
            for (String keyword : List.of("additionalProperties", "unevaluatedProperties")) {
                if (node.path(keyword).isBoolean() && !node.path(keyword).asBoolean()) {
                    closed.add(pointer + "/" + keyword);
                }
            }
        });
        assertEquals(List.of(), closed, schema + " forbids extra properties");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void referencesExistingFilesAndLocations(String schema) {
        List<String> broken = new ArrayList<>();
        visit(SchemaFiles.read(schema), "", (pointer, node) -> {
            if (node.path("$ref").isTextual() && !resolves(schema, node.path("$ref").asText())) {
                broken.add(pointer + ": " + node.path("$ref").asText());
            }
        });
        assertEquals(List.of(), broken, schema + ": references that lead nowhere");
    }

    /**
     * The server reads a JSON number with a fraction or an exponent as no integer, whatever JSON Schema says of 1.0
     * (reading R-body-errors); that holds only while no request schema types a field as a number that is not one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void typesEveryNumberOfARequestAsAnInteger(String schema) {
        if (!schema.matches(".*-(request|query|params|config)\\.json|token-user\\.json")) {
            return;
        }
        List<String> numbers = new ArrayList<>();
        visit(SchemaFiles.read(schema), "", (pointer, node) -> {
            JsonNode type = node.path("type");
            if (type.asText().equals("number") || type.isArray() && type.toString().contains("\"number\"")) {
                numbers.add(pointer);
            }
        });
        assertEquals(List.of(), numbers, schema + ": request fields typed number, not integer");
    }

    private static boolean resolves(String schema, String ref) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        String target = file.isEmpty() ? schema : file;
        return !target.contains("/") && SchemaFiles.exists(target)
                && (fragment.isEmpty() || !SchemaFiles.read(target).at(fragment).isMissingNode());
    }

    /** Calls the visitor on every object node of the tree with its JSON pointer. */
    private static void visit(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(pointer, node);
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                visit(field.getValue(), pointer + "/" + field.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }
}
