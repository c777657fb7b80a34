package org.aicnet.schemas;

import io.swagger.v3.oas.models.Operation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each of the 60 tables of annex A is covered: a basic-information table (URI, method, function) by the OpenAPI
 * operation it describes, naming it in x-standard-tables; a request or response table by a schema whose title
 * starts with its id.
 */
class AnnexACoverageTest {

    private static final Set<String> SCHEMA_TABLES = SchemaFiles.allTables();

    static Stream<String> annexA() {
        return TableIds.ANNEX_A.stream();
    }

    @ParameterizedTest(name = "{0} is covered")
    @MethodSource("annexA")
    void everyTableOfAnnexAIsCovered(String table) {
        Optional<AnnexAEndpoint> endpoint = AnnexAEndpoint.ofBasicTable(table);
        if (endpoint.isPresent()) {
            Operation operation = OpenApiDocument.operations().get(endpoint.get().key());
            assertNotNull(operation, "openapi.yaml lacks " + endpoint.get() + " of basic-information table " + table);
            assertTrue(OpenApiDocument.tables(operation).contains(table),
                    endpoint.get() + " does not name its basic-information table " + table + " in x-standard-tables");
        } else {
            assertTrue(SCHEMA_TABLES.contains(table), "no schema title starts with request/response table " + table);
        }
    }
}
