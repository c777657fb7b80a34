package org.aicnet.server.http;

import org.aicnet.schemas.SchemaCatalog;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading R-unknown-route and R-error-body: unknown routes and wrong methods answer the usual error body. */
class ErrorHandlingTest {

    @TempDir
    static Path data;
    static ReferenceServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start(data);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void unknownRouteIs404WithTheErrorBody() {
        String body = given(TestServers.request(server)).get("/no/such/route")
                .then().statusCode(404).contentType(startsWith("application/json"))
                .extract().asString();
        assertTrue(SchemaCatalog.get().violations("error.json", body).isEmpty(), body);
    }

    @Test
    void unknownRouteIs404ForEveryMethod() {
        String body = given(TestServers.request(server)).put("/no/such/route/either")
                .then().statusCode(404).extract().asString();
        assertTrue(body.contains("errorCode"));
        assertEquals(404, given(TestServers.request(server)).delete("/nothing").statusCode());
    }
}
