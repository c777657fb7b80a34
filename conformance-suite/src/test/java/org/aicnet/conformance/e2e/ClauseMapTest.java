package org.aicnet.conformance.e2e;

import org.aicnet.conformance.ledger.Ledger;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * docs/clauses.md is current: made anew from the ledger, the schemas, openapi.yaml, the routes of a reference server
 * (started on loopback, its route handlers read, nothing sent) and a dry run of the features, and compared with the
 * committed file; {@code -Daicnet.clauseMap.update=true} writes it instead.
 */
class ClauseMapTest {

    private static final CatalogFiles FILE = new CatalogFiles("clauses.md", "aicnet.clauseMap.update",
            ClauseMapTable.README_LINE);
    private static final Path SCHEMAS = Path.of("..", "schemas");

    @TempDir
    Path directory;

    @Test
    void docsClausesIsCurrent() throws IOException {
        Map<String, Class<?>> handlers;
        try (ReferenceServer server = ReferenceServer.start(new ServerOptions(null, ServerOptions.DEFAULT_HOST, 0,
                directory))) {
            handlers = server.routeHandlers();
        }
        SchemaFileIndex schemas = SchemaFileIndex.of(SCHEMAS);
        ClauseMap map = new ClauseMap(Ledger.load(), OpenApiOperations.read(SCHEMAS.resolve("openapi.yaml"), schemas),
                schemas, ScenarioSteps.dryRun(), handlers);
        FILE.check(ClauseMapTable.markdown(map), ClauseMapTable.README_LINE);
    }
}
