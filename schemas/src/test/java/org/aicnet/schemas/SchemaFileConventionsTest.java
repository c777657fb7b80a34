package org.aicnet.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every schema file declares: dialect, $id, a title naming its tables (or, for the kit's own files such as the
 * compliance report, naming the kit), descriptions, open objects, good refs; and where it lies: in the folder of the
 * clause of its first table.
 */
class SchemaFileConventionsTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    /** "中文名 / English line": the Chinese name of the table, then an English line. */
    private static final String CHINESE_THEN_ENGLISH = "(?s).*\\p{IsHan}.* / \\S.*";
    /** A folder of schemas/: the clause, then what it is about ("7.3.1-centers", "6.3-data-types"). */
    private static final String CLAUSE_FOLDER = "(\\d+(?:\\.\\d+)+|[A-Z])-[a-z]+(?:-[a-z]+)*";
    /** The folder of the kit's own schemas, which belong to no clause. */
    private static final String KIT_FOLDER = "aicnet-kit";

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
    void hasTheIdOfItsPath(String schema) {
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

    /**
     * A table of annex A lies in the folder of the clause of chapter 7 that points to its part of annex A (A.18 in
     * 7.3.3's), a data type of 6.3 in 6.3's, B.1 in annex B's, and the kit's own schemas in {@value #KIT_FOLDER}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void liesInTheFolderOfTheClauseOfItsFirstTable(String schema) {
        String folder = SchemaFiles.folder(schema);
        if (SchemaFiles.isKitSchema(schema)) {
            assertEquals(KIT_FOLDER, folder, schema + ": the kit's own schemas lie apart from the standard's");
            return;
        }
        Matcher named = Pattern.compile(CLAUSE_FOLDER).matcher(folder);
        assertTrue(named.matches(), schema + ": the folder is not named 'clause-words': " + folder);
        List<String> tables = SchemaFiles.tables(schema);
        assertFalse(tables.isEmpty(), schema + ": title names no table");
        assertEquals(clauseOf(tables.get(0)), named.group(1),
                schema + ": the folder of the clause of " + tables.get(0));
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
        if (!SchemaPaths.fileName(schema).matches(".*-(request|query|params|config)\\.json|token-user\\.json")) {
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
        String target;
        try {
            target = SchemaPaths.fileOf(schema, ref);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String fragment = SchemaPaths.pointerOf(ref);
        return SchemaFiles.names().contains(target)
                && (fragment.isEmpty() || !SchemaFiles.read(target).at(fragment).isMissingNode());
    }

    /** The clause of a table: "7.3.3" of A.18, "6.3" of 6.3.1, "B" of B.1. */
    private static String clauseOf(String table) {
        if (table.startsWith("A.")) {
            return AnnexAEndpoint.ofTable(table).clause();
        }
        return table.startsWith("6.3.") ? "6.3" : table.substring(0, table.indexOf('.'));
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
