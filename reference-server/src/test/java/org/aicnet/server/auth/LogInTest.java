package org.aicnet.server.auth;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.Times;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.aicnet.server.TestServers.ALICE;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /auth/tokens (A.1-A.4) and reading R-authMethod. */
class LogInTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();

    @Test
    void theArrayFormOfA2GivesAToken() {
        JsonPath token = ok(logIn(Map.of(Api.AUTH_METHOD, List.of("password"), Api.USER, alice())),
                TableSchemas.TOKEN_RESPONSE);
        assertTrue(token.getString("token").matches("[A-Za-z0-9_-]{43}"), "256 random bits, URL-safe");
    }

    @Test
    void theStringFormGivesAToken() {
        ok(logIn(Map.of(Api.AUTH_METHOD, "password", Api.USER, alice())), TableSchemas.TOKEN_RESPONSE);
    }

    @Test
    void everyLogInGivesANewToken() {
        assertNotEquals(network.token(ALICE), network.token(ALICE));
    }

    @Test
    void expiresAtIsTheLifetimeAheadInTheServersZone() {
        LocalDateTime before = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withNano(0);
        String expiresAt = ok(logIn(Map.of(Api.AUTH_METHOD, "password", Api.USER, alice())),
                TableSchemas.TOKEN_RESPONSE).getString("expiresAt");
        LocalDateTime after = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        LocalDateTime expires = Times.parse(expiresAt).orElseThrow();
        assertTrue(!expires.isBefore(before.plus(Duration.ofHours(24)))
                && !expires.isAfter(after.plus(Duration.ofHours(24))), expiresAt);
    }

    @Test
    void theTokenOpensSecuredRoutesInEitherHeader() {
        String token = network.token(ALICE);
        ok(given(network.request(token)).get(ApiPaths.CENTERS), TableSchemas.CENTERS_RESPONSE);
        ok(given(network.request()).header("Authorization", "Bearer " + token).get(ApiPaths.CENTERS),
                TableSchemas.CENTERS_RESPONSE);
        ok(given(network.request()).header("Authorization", "bearer " + token).get(ApiPaths.CENTERS),
                TableSchemas.CENTERS_RESPONSE);
    }

    @Test
    void aWrongPasswordIs0101() {
        error(logIn(Map.of(Api.AUTH_METHOD, "password", Api.USER, Map.of("name", "bob", "password", "nope"))),
                ErrorCode.AUTHENTICATION_FAILED);
    }

    @Test
    void anUnknownUserIs0101() {
        error(logIn(Map.of(Api.AUTH_METHOD, "password", Api.USER, Map.of("name", "mallory", "password", "x"))),
                ErrorCode.AUTHENTICATION_FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"token\"", "\"PASSWORD\"", "[]", "[\"password\", \"token\"]", "[\"sso\"]"})
    void anotherAuthMethodIs0202(String method) {
        error(logInRaw("{\"authMethod\": " + method + ", \"user\": {\"name\": \"alice\", \"password\": \"x\"}}"),
                ErrorCode.PARAMETER_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "{\"password\": true}", "[1]", "[[\"password\"]]"})
    void anAuthMethodOfAnotherTypeIs0201(String method) {
        error(logInRaw("{\"authMethod\": " + method + ", \"user\": {\"name\": \"alice\", \"password\": \"x\"}}"),
                ErrorCode.PARAMETER_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"user\": {\"name\": \"alice\", \"password\": \"alice-secret\"}}",
            "{\"authMethod\": \"password\"}",
            "{\"authMethod\": \"password\", \"user\": null}",
            "{\"authMethod\": \"password\", \"user\": {\"password\": \"alice-secret\"}}",
            "{\"authMethod\": \"password\", \"user\": {\"name\": \"alice\"}}",
            "{}"})
    void aMissingFieldIs0203(String body) {
        error(logInRaw(body), ErrorCode.PARAMETER_MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"authMethod\": \"password\", \"user\": \"alice\"}",
            "{\"authMethod\": \"password\", \"user\": {\"name\": 7, \"password\": \"alice-secret\"}}",
            "{\"authMethod\": \"password\", \"user\": {\"name\": \"alice\", \"password\": [\"alice-secret\"]}}",
            "[\"password\"]",
            "\"password\"",
            "{\"authMethod\": \"password\", ",
            "not json at all"})
    void aBodyOfTheWrongShapeIs0201(String body) {
        error(logInRaw(body), ErrorCode.PARAMETER_TYPE);
    }

    @Test
    void aBodyNotSentAsJsonIs0201() {
        error(given(network.request()).contentType(ContentType.URLENC)
                .formParam("authMethod", "password").post(ApiPaths.TOKENS), ErrorCode.PARAMETER_TYPE);
        error(given(network.request()).contentType(ContentType.TEXT)
                .body("{\"authMethod\": \"password\", \"user\": {\"name\": \"alice\", \"password\": \"alice-secret\"}}")
                .post(ApiPaths.TOKENS), ErrorCode.PARAMETER_TYPE);
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        Response response = given(network.request()).get(ApiPaths.TOKENS);
        error(response, 405, ErrorCode.PARAMETER_VALUE);
        assertTrue(response.header("Allow").contains("POST"), response.header("Allow"));
    }

    private static Map<String, String> alice() {
        return Map.of(Api.USER_NAME, ALICE.name(), Api.PASSWORD, ALICE.password());
    }

    private static Response logIn(Map<String, ?> body) {
        return given(network.request()).contentType(ContentType.JSON).body(body).post(ApiPaths.TOKENS);
    }

    private static Response logInRaw(String body) {
        return given(network.request()).contentType(ContentType.JSON).body(body).post(ApiPaths.TOKENS);
    }
}
