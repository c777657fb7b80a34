package org.aicnet.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundle of openapi.yaml is one self-contained document that says what the files say. */
class OpenApiBundleTest {

    private final ObjectNode bundle = OpenApiBundle.fromClasspath();

    @Test
    void everyReferenceIsAPointerIntoTheBundleThatResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(bundle, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), "a reference outside the document: " + ref);
            assertFalse(bundle.at(ref.substring(1)).isMissingNode(), "a reference that does not resolve: " + ref);
        }
    }

    @Test
    void eachReferencedFileIsAComponentNamedAfterItWithoutItsIdAndTheRestUnchanged() {
        JsonNode schemas = bundle.path("components").path("schemas");
        JsonNode center = schemas.path("center");
        ObjectNode expected = (ObjectNode) SchemaFiles.read(TableSchemas.CENTER).deepCopy();
        expected.remove("$id");
        expected.remove("$schema");
        assertEquals(expected, center, "center.json has no references, so its component is the file itself");
        assertEquals("#/components/schemas/job-config",
                schemas.path("trainjob-create-request").path("properties").path("config").path("$ref").asText());
        Set<String> names = new TreeSet<>();
        schemas.fieldNames().forEachRemaining(names::add);
        assertFalse(names.contains("compliance-report"), "the kit's own report schema is not part of the API");
        names.forEach(name -> assertFalse(schemas.get(name).has("$id"), name));
    }

    @Test
    void aReferenceIntoPartOfAFileBecomesACopyOfThatPart() {
        JsonNode pageSize = bundle.path("paths").path("/centers").path("get").path("parameters").path(0);
        assertEquals("pageSize", pageSize.path("name").asText());
        JsonNode expected = SchemaFiles.read(TableSchemas.PAGING_QUERY).at("/properties/pageSize");
        assertEquals(expected.path("minimum"), pageSize.path("schema").path("minimum"));
        assertEquals(expected.path("type"), pageSize.path("schema").path("type"));
    }

    @Test
    void swaggerParserReadsTheBundleAloneWithoutAMessage() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(OpenApiBundle.YAML.writeValueAsString(bundle),
                null, options);
        assertEquals(List.of(), parsed.getMessages());
        assertEquals(OpenApiDocument.operations().keySet(), operations(parsed));
    }

    @Test
    void theDialectIsOpenApisDefaultWhichReadsTheSchemasAlike() {
        assertFalse(bundle.has("jsonSchemaDialect"), "Swagger UI supports the default dialect only");
        assertEquals("3.1.0", bundle.path("openapi").asText());
    }

    @Test
    void servedAtPutsTheServersOwnUrlFirstAndOnly() {
        ObjectNode served = OpenApiBundle.servedAt(bundle, "http://127.0.0.1:9999", "this server");
        assertEquals(1, served.path("servers").size());
        assertEquals("http://127.0.0.1:9999", served.path("servers").path(0).path("url").asText());
        assertEquals("/", bundle.path("servers").path(0).path("url").asText(), "the bundle itself is unchanged");
    }

    private static Set<String> operations(SwaggerParseResult parsed) {
        Set<String> operations = new java.util.LinkedHashSet<>();
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.add(method.name() + " " + path)));
        return operations;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                refs.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectRefs(child, refs));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, refs));
        }
    }
}
