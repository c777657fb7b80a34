package org.aicnet.server;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.aicnet.schemas.SchemaCatalog;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ErrorCode;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks of every response: status, media type, and the body against the JSON Schema of schemas/. */
public final class ApiAssertions {

    /** Reading R-media-type. */
    public static final String JSON_MEDIA_TYPE = "application/json;charset=utf-8";

    private ApiAssertions() {
    }

    /** A 200 whose JSON body satisfies {@code schema} (a file of schemas/); its body for further checks. */
    public static JsonPath ok(Response response, String schema) {
        String body = response.asString();
        assertEquals(200, response.statusCode(), body);
        assertJson(response);
        assertValid(schema, body);
        return JsonPath.from(body);
    }

    /** The error body of reading R-error-body with the HTTP status and code of {@code code} (table B.1). */
    public static JsonPath error(Response response, ErrorCode code) {
        return error(response, code.httpStatus(), code);
    }

    /** An error body with {@code code} under another HTTP status (404, 405 of reading R-unknown-route). */
    public static JsonPath error(Response response, int status, ErrorCode code) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), body);
        assertJson(response);
        assertValid(TableSchemas.ERROR, body);
        JsonPath json = JsonPath.from(body);
        assertEquals(code.code(), json.getString("errorCode"), body);
        return json;
    }

    public static void assertValid(String schema, String json) {
        List<String> violations = SchemaCatalog.get().violations(schema, json);
        assertEquals(List.of(), violations, schema + " violated by " + json);
    }

    private static void assertJson(Response response) {
        assertEquals(JSON_MEDIA_TYPE, response.contentType().replace(" ", "").toLowerCase(),
                "Content-Type of " + response.asString());
    }
}
