package org.aicnet.server;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.standard.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Starts real reference servers for tests: loopback only, a free port, a data directory of the test's own; and logs
 * in. The accounts of the embedded default network are {@link #ALICE} and {@link #BOB}.
 */
public final class TestServers {

    /** An account of the embedded default network: name and password. */
    public record Account(String name, String password) {
    }

    public static final Account ALICE = new Account("alice", "alice-secret");
    public static final Account BOB = new Account("bob", "bob-secret");

    private TestServers() {
    }

    /** A server on the embedded default configuration. */
    public static ReferenceServer start(Path dataDirectory) {
        return start(null, dataDirectory);
    }

    public static ReferenceServer start(Path configFile, Path dataDirectory) {
        return ReferenceServer.start(new ServerOptions(configFile, ServerOptions.DEFAULT_HOST, 0, dataDirectory));
    }

    /** Writes a configuration file (YAML) into {@code directory} and returns its path. */
    public static Path config(Path directory, String yaml) {
        try {
            return Files.writeString(Files.createDirectories(directory).resolve("network.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A REST-assured request aimed at the server, with no token. */
    public static RequestSpecification request(ReferenceServer server) {
        return new RequestSpecBuilder().setBaseUri(server.baseUrl()).build();
    }

    /** A request carrying {@code token} in the X-Auth-Token header. */
    public static RequestSpecification request(ReferenceServer server, String token) {
        return new RequestSpecBuilder().setBaseUri(server.baseUrl()).addHeader(Api.TOKEN_HEADER, token).build();
    }

    /** A request as {@code account}, logged in afresh. */
    public static RequestSpecification as(ReferenceServer server, Account account) {
        return request(server, token(server, account));
    }

    /** A request as alice of the default network. */
    public static RequestSpecification authorized(ReferenceServer server) {
        return as(server, ALICE);
    }

    public static String token(ReferenceServer server, Account account) {
        return token(server, account.name(), account.password());
    }

    /** Logs in (POST /auth/tokens) and returns the token; fails the test unless the log-in succeeds. */
    public static String token(ReferenceServer server, String user, String password) {
        return given(request(server))
                .contentType(ContentType.JSON)
                .body(Map.of(Api.AUTH_METHOD, Api.PASSWORD_METHOD,
                        Api.USER, Map.of(Api.USER_NAME, user, Api.PASSWORD, password)))
                .post(ApiPaths.TOKENS)
                .then().statusCode(200)
                .extract().path("token");
    }
}
