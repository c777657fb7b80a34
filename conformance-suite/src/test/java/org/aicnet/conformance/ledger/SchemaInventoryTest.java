package org.aicnet.conformance.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.schemas.TableSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.aicnet.conformance.ledger.LedgerFormatTest.assertNone;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The inventory against the JSON Schemas of schemas/: every schema's title starts with the table id(s) it covers
 * ("A.8 center", "A.34, A.39, A.43 job metadata", "6.3.1 cpu", "B.1 error body") and its top-level properties are
 * those tables' fields, so each property must be the field of a requirement taken from one of those tables. Every
 * request and response table of annex A must have a schema, so the check cannot pass on an empty folder.
 *
 * <p>The folder is {@code ../schemas} (from the module directory, Surefire's working directory), or the system
 * property {@value #DIRECTORY_PROPERTY}; its schemas lie one folder down, one folder per clause.
 */
class SchemaInventoryTest {

    static final String DIRECTORY_PROPERTY = "aicnet.schemas.dir";
    private static final Pattern LEADING_IDS = Pattern.compile(
            "^\\s*((?:[AB]\\.\\d+|\\d+(?:\\.\\d+)+)(?:\\s*(?:,|/|&|and)\\s*(?:[AB]\\.\\d+|\\d+(?:\\.\\d+)+))*)(?:\\s|$)");
    private static final Pattern ID = Pattern.compile("[AB]\\.\\d+|\\d+(?:\\.\\d+)+");

    record Schema(String file, List<String> tables, List<String> properties, JsonNode json) {
    }

    /** Titles of the kit's own schemas, which describe no table of the standard (schemas/ SchemaFiles too). */
    private static final String KIT_SCHEMA_TITLE_PREFIX = "aicnet ";

    private static Path directory;
    private static List<Schema> schemas;
    private static List<String> untitled;
    private static Ledger ledger;

    @BeforeAll
    static void load() throws IOException {
        ledger = Ledger.load();
        directory = Path.of(System.getProperty(DIRECTORY_PROPERTY, "../schemas")).toAbsolutePath().normalize();
        schemas = new ArrayList<>();
        untitled = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        // one folder per clause (7.3.1-centers/center.json), the module's sources and build output aside
        try (Stream<Path> files = Files.walk(directory, 2)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !directory.relativize(f).startsWith("src")
                            && !directory.relativize(f).startsWith("target"))
                    .sorted().toList()) {
                String path = directory.relativize(file).toString().replace('\\', '/');
                JsonNode json = mapper.readTree(file.toFile());
                String title = json.path("title").asText("");
                if (title.startsWith(KIT_SCHEMA_TITLE_PREFIX)) {
                    continue; // the kit's own formats (the compliance report) belong to no table of the standard
                }
                Matcher leading = LEADING_IDS.matcher(title);
                if (!leading.find()) {
                    untitled.add(path + " (title '" + title + "')");
                    continue;
                }
                List<String> tables = ID.matcher(leading.group(1)).results().map(m -> m.group()).toList();
                List<String> properties = new ArrayList<>();
                json.path("properties").fieldNames().forEachRemaining(properties::add);
                schemas.add(new Schema(path, tables, properties, json));
            }
        }
    }

    @Test
    void everySchemaTitleStartsWithTheTablesItCovers() {
        assertNone(untitled.stream().map(file -> file + ": the title does not start with a table id"));
    }

    @Test
    void everyRequestAndResponseTableHasASchema() {
        List<String> covered = schemas.stream().flatMap(schema -> schema.tables().stream()).toList();
        List<String> missing = StandardOutline.fieldTables().stream().filter(t -> !covered.contains(t)).toList();
        assertTrue(missing.isEmpty(), "no schema in " + directory + " covers the table(s) " + missing
                + " (found " + schemas.size() + " schema(s) of tables); the schemas of annex A must be there for "
                + "the inventory to mean anything");
    }

    @Test
    void everySchemaPropertyIsTheFieldOfARequirementOfItsTables() {
        assertNone(schemas.stream().flatMap(schema -> schema.properties().stream()
                .filter(property -> ledger.all().stream().noneMatch(r -> property.equals(r.field())
                        && schema.tables().contains(r.source())))
                .map(property -> schema.file() + ": property " + property + " of " + schema.tables()
                        + " is no requirement's field")));
    }

    @Test
    void everyErrorCodeOfTheErrorSchemaIsARowOfB1InTheLedger() {
        Schema error = schemas.stream().filter(s -> s.file().equals(TableSchemas.ERROR)).findFirst()
                .orElseGet(() -> fail("no error.json in " + directory));
        JsonNode codes = error.json().path("properties").path("errorCode").path("enum");
        assertTrue(codes.isArray() && !codes.isEmpty(), "error.json lists no errorCode enum");
        List<String> inSchema = new ArrayList<>();
        codes.forEach(code -> inSchema.add(code.asText()));
        List<String> inLedger = StandardOutline.B1_ROWS.keySet().stream()
                .map(id -> id.substring("B.1-".length(), "B.1-".length() + 4)).distinct().toList();
        assertNone(Stream.concat(
                inSchema.stream().filter(code -> ledger.ids().stream().noneMatch(id -> id.equals("B.1-" + code)
                                || id.startsWith("B.1-" + code + "-")))
                        .map(code -> "error.json code " + code + " has no requirement B.1-" + code),
                inLedger.stream().filter(code -> !inSchema.contains(code))
                        .map(code -> "B.1 code " + code + " is missing from the errorCode enum of error.json")));
    }
}
