package org.aicnet.server.http;

import org.aicnet.schemas.SchemaCatalog;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.server.ServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading R-unknown-route and R-error-body: unknown routes and wrong methods answer the usual error body. */
class ErrorHandlingTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();

    @Test
    void unknownRouteIs404WithTheErrorBody() {
        String body = given(network.request()).get("/no/such/route")
                .then().statusCode(404).contentType(startsWith("application/json"))
                .extract().asString();
        assertTrue(SchemaCatalog.get().violations(TableSchemas.ERROR, body).isEmpty(), body);
    }

    @Test
    void unknownRouteIs404ForEveryMethod() {
        String body = given(network.request()).put("/no/such/route/either")
                .then().statusCode(404).extract().asString();
        assertTrue(body.contains("errorCode"));
        assertEquals(404, given(network.request()).delete("/nothing").statusCode());
    }
}
