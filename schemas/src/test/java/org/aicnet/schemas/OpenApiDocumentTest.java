package org.aicnet.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** schemas/openapi.yaml: parses cleanly and describes the 15 interfaces of annex A with their tables and errors. */
class OpenApiDocumentTest {

    private static final String TOKEN_REQUEST = "POST /auth/tokens";
    private static final Map<String, Set<String>> B1_CODES_BY_STATUS = Map.of(
            "400", Set.of("0201", "0202", "0203", "0204", "0205", "0206", "0207", "0208", "0210", "0211", "0220",
                    "0221", "0230", "0240", "0241"),
            "401", Set.of("0101", "0102", "0103"),
            "500", Set.of("0100", "0101"));
    private static final Set<String> JOB_CREATION_CODES = Set.of("0201", "0202", "0203", "0204", "0205", "0206",
            "0207", "0208", "0210", "0211", "0220", "0221");

    static Stream<AnnexAEndpoint> endpoints() {
        return AnnexAEndpoint.ALL.stream();
    }

    @Test
    void parsesWithoutMessages() {
        SwaggerParseResult result = OpenApiDocument.parse();
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
        assertNotNull(result.getOpenAPI());
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3.1."), result.getOpenAPI().getOpenapi());
    }

    @Test
    void hasExactlyTheEndpointsOfAnnexA() {
        assertEquals(new TreeSet<>(AnnexAEndpoint.ALL.stream().map(AnnexAEndpoint::key).toList()),
                new TreeSet<>(OpenApiDocument.operations().keySet()));
    }

    @Test
    void namesEveryTableOfAnnexAInExactlyOneOperation() {
        Map<String, Long> namings = OpenApiDocument.operations().values().stream()
                .flatMap(operation -> OpenApiDocument.tables(operation).stream())
                .collect(Collectors.groupingBy(table -> table, TreeMap::new, Collectors.counting()));
        Map<String, Long> once = TableIds.ANNEX_A.stream()
                .collect(Collectors.toMap(table -> table, table -> 1L, Long::sum, TreeMap::new));
        assertEquals(once, namings);
    }

    @Test
    void declaresTheTokenHeaderAndTheBearerScheme() {
        Collection<SecurityScheme> schemes = OpenApiDocument.api().getComponents().getSecuritySchemes().values();
        assertTrue(schemes.stream().anyMatch(scheme -> scheme.getType() == SecurityScheme.Type.APIKEY
                && scheme.getIn() == SecurityScheme.In.HEADER && "X-Auth-Token".equals(scheme.getName())));
        assertTrue(schemes.stream().anyMatch(scheme -> scheme.getType() == SecurityScheme.Type.HTTP
                && "bearer".equalsIgnoreCase(scheme.getScheme())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void everyOperationButTheTokenRequestNeedsAToken(AnnexAEndpoint endpoint) {
        Operation operation = OpenApiDocument.operation(endpoint);
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity()
                : OpenApiDocument.api().getSecurity();
        if (endpoint.key().equals(TOKEN_REQUEST)) {
            assertTrue(security == null || security.isEmpty(), "the token request must not need a token");
            return;
        }
        assertNotNull(security, endpoint + " is not secured");
        assertFalse(security.isEmpty() || security.stream().anyMatch(Map::isEmpty), endpoint + " is not secured");
        Set<String> schemes = OpenApiDocument.api().getComponents().getSecuritySchemes().keySet();
        security.forEach(requirement -> assertTrue(schemes.containsAll(requirement.keySet()),
                endpoint + " needs undeclared schemes " + requirement.keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void errorResponsesCarryTheErrorBodyAndTheCodesOfTheirStatus(AnnexAEndpoint endpoint) {
        OpenApiDocument.responses(OpenApiDocument.operation(endpoint)).forEach((status, response) -> {
            if (status.startsWith("2")) {
                return;
            }
            List<String> codes = OpenApiDocument.errorCodes(response);
            assertTrue(B1_CODES_BY_STATUS.containsKey(status), endpoint + ": table B.1 has no status " + status);
            assertFalse(codes.isEmpty(), endpoint + " " + status + " names no x-error-codes");
            assertTrue(B1_CODES_BY_STATUS.get(status).containsAll(codes),
                    endpoint + " " + status + ": " + codes + " are not all codes of that status in B.1");
            codes.forEach(code -> assertTrue(response.getDescription().contains(code),
                    endpoint + " " + status + ": the description does not explain " + code));
            assertEquals(Set.of(TableSchemas.ERROR), schemaFiles(response.getContent()),
                    endpoint + " " + status + " body");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answersTheErrorsItsInputsAndBackendsCanCause(AnnexAEndpoint endpoint) {
        Operation operation = OpenApiDocument.operation(endpoint);
        Map<String, Set<String>> expected = expectedCodes(endpoint, operation);
        Map<String, ApiResponse> responses = OpenApiDocument.responses(operation);
        expected.forEach((status, codes) -> {
            ApiResponse response = responses.get(status);
            assertNotNull(response, endpoint + " lacks a " + status + " response for " + codes);
            assertTrue(OpenApiDocument.errorCodes(response).containsAll(codes),
                    endpoint + " " + status + " names " + OpenApiDocument.errorCodes(response) + ", needs " + codes);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void hasTheParametersOfItsParameterTables(AnnexAEndpoint endpoint) {
        Operation operation = OpenApiDocument.operation(endpoint);
        Map<String, Boolean> expected = new TreeMap<>();
        for (String file : schemaFilesOf(operation, name -> name.endsWith("-query.json") || name.endsWith("-params.json"))) {
            JsonNode schema = SchemaFiles.read(file);
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            schema.path("properties").fieldNames().forEachRemaining(name -> expected.put(name, required.contains(name)));
        }
        Map<String, Boolean> actual = new TreeMap<>();
        for (Parameter parameter : OpenApiDocument.parameters(endpoint)) {
            actual.put(parameter.getName(), Boolean.TRUE.equals(parameter.getRequired()));
            String where = endpoint.path().contains("{" + parameter.getName() + "}") ? "path" : "query";
            assertEquals(where, parameter.getIn(), endpoint + " parameter " + parameter.getName());
        }
        assertEquals(expected, actual, endpoint + ": parameter names and whether each is required");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void hasTheBodiesOfItsRequestAndResponseTables(AnnexAEndpoint endpoint) {
        Operation operation = OpenApiDocument.operation(endpoint);
        Set<String> request = operation.getRequestBody() == null ? Set.of()
                : schemaFiles(operation.getRequestBody().getContent());
        assertEquals(schemaFilesOf(operation, name -> name.endsWith("-request.json")), request, endpoint + " request");
        if (!request.isEmpty()) {
            assertTrue(Boolean.TRUE.equals(operation.getRequestBody().getRequired()), endpoint + " body is optional");
        }
        Set<String> response = new TreeSet<>();
        OpenApiDocument.responses(operation).forEach((status, answer) -> {
            if (status.startsWith("2")) {
                response.addAll(schemaFiles(answer.getContent()));
            }
        });
        assertEquals(schemaFilesOf(operation, name -> name.endsWith("-response.json")), response, endpoint + " response");
    }

    /** What table B.1 and the readings make each operation answer, by HTTP status. */
    private static Map<String, Set<String>> expectedCodes(AnnexAEndpoint endpoint, Operation operation) {
        Map<String, Set<String>> expected = new TreeMap<>();
        if (endpoint.key().equals(TOKEN_REQUEST)) {
            expected.put("401", Set.of("0101", "0103"));
            expected.put("400", Set.of("0201", "0202", "0203"));
            return expected;
        }
        expected.put("401", B1_CODES_BY_STATUS.get("401"));
        expected.put("500", B1_CODES_BY_STATUS.get("500"));
        Set<String> badRequest = new TreeSet<>();
        List<Parameter> parameters = OpenApiDocument.parameters(endpoint);
        Set<String> names = parameters.stream().map(Parameter::getName).collect(Collectors.toSet());
        if (names.contains("pageSize")) {
            badRequest.addAll(List.of("0201", "0202", "0204"));
        }
        if (names.contains("createAfter")) {
            badRequest.add("0230");
        }
        if (parameters.stream().anyMatch(p -> "query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()))
                || operation.getRequestBody() != null) {
            badRequest.add("0203");
        }
        if (names.contains("id")) {
            badRequest.add("0240");
        }
        if (names.contains("taskId")) {
            badRequest.add("0241");
        }
        List<String> tables = OpenApiDocument.tables(operation);
        if (tables.contains("A.32") || tables.contains("A.58")) {
            badRequest.addAll(JOB_CREATION_CODES);
        }
        if (!badRequest.isEmpty()) {
            expected.put("400", badRequest);
        }
        return expected;
    }

    /** Schema files whose names pass the filter and whose titles name a table the operation covers. */
    private static Set<String> schemaFilesOf(Operation operation, Predicate<String> names) {
        List<String> tables = OpenApiDocument.tables(operation);
        return SchemaFiles.names().stream().filter(names)
                .filter(file -> SchemaFiles.tables(file).stream().anyMatch(tables::contains))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The schema files (by their $id, which survives resolution) of the JSON or form bodies of a content map. */
    private static Set<String> schemaFiles(Content content) {
        Set<String> files = new TreeSet<>();
        if (content != null) {
            for (Map.Entry<String, MediaType> body : content.entrySet()) {
                String id = body.getValue().getSchema() == null ? null : body.getValue().getSchema().get$id();
                if (id != null && id.startsWith(SchemaCatalog.ID_PREFIX)) {
                    files.add(id.substring(SchemaCatalog.ID_PREFIX.length()));
                }
            }
        }
        return files;
    }
}
