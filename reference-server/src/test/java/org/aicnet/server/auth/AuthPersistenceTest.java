package org.aicnet.server.auth;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.TestServers;
import org.aicnet.server.TestStore;
import org.aicnet.server.passwords.PasswordHash;
import org.aicnet.server.standard.Api;
import org.aicnet.server.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts' failure counts and tokens live in the database: they survive a restart, and only hashes are kept. */
class AuthPersistenceTest {

    @TempDir
    Path directory;

    private Path config(String password) {
        return config(password, "");
    }

    private Path config(String password, String store) {
        return TestServers.config(directory, """
                auth: {maxFailedLogins: 3}
                accounts:
                  - {name: dave, userId: u-dave, password: %s}
                  - {name: erin, password: erin-secret}
                """.formatted(password) + store);
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void tokensAndFailureCountsSurviveARestart(TestStore on) {
        String store = on.yaml();
        Path data = directory.resolve("data");
        String token;
        try (ReferenceServer server = TestServers.start(config("dave-secret", store), data)) {
            token = TestServers.token(server, "dave", "dave-secret");
            error(logIn(server, "dave", "wrong"), ErrorCode.AUTHENTICATION_FAILED);
            error(logIn(server, "dave", "wrong"), ErrorCode.AUTHENTICATION_FAILED);
        }
        try (ReferenceServer server = TestServers.start(config("dave-secret", store), data)) {
            ok(given(TestServers.request(server, token)).get(ApiPaths.CENTERS), TableSchemas.CENTERS_RESPONSE);
            error(logIn(server, "dave", "wrong"), ErrorCode.AUTHENTICATION_FAILED);
            error(logIn(server, "dave", "dave-secret"), ErrorCode.ACCOUNT_FROZEN);
        }
        try (ReferenceServer server = TestServers.start(config("dave-secret", store), data)) {
            error(logIn(server, "dave", "dave-secret"), ErrorCode.ACCOUNT_FROZEN);
            error(given(TestServers.request(server, token)).get(ApiPaths.CENTERS), ErrorCode.ACCOUNT_FROZEN);
            ok(logIn(server, "erin", "erin-secret"), TableSchemas.TOKEN_RESPONSE);
        }
    }

    @Test
    void aNewPasswordInTheConfigurationUnfreezesTheAccount() {
        Path data = directory.resolve("data");
        try (ReferenceServer server = TestServers.start(config("dave-secret"), data)) {
            for (int attempt = 0; attempt < 3; attempt++) {
                error(logIn(server, "dave", "wrong"), ErrorCode.AUTHENTICATION_FAILED);
            }
            error(logIn(server, "dave", "dave-secret"), ErrorCode.ACCOUNT_FROZEN);
        }
        String hashed = PasswordHash.of("dave-new-secret").text();
        try (ReferenceServer server = TestServers.start(config(hashed), data)) {
            error(logIn(server, "dave", "dave-secret"), ErrorCode.AUTHENTICATION_FAILED);
            ok(logIn(server, "dave", "dave-new-secret"), TableSchemas.TOKEN_RESPONSE);
        }
    }

    @Test
    void aHashedPasswordWithPaddedBase64KeepsTheFailureCountAcrossARestart() {
        Path data = directory.resolve("data");
        String hashed = PasswordHash.of("dave-secret").text();
        String[] parts = hashed.split("\\$");
        String padded = parts[0] + "$" + parts[1] + "$" + pad(parts[2]) + "$" + pad(parts[3]);
        try (ReferenceServer server = TestServers.start(config(padded), data)) {
            error(logIn(server, "dave", "wrong"), ErrorCode.AUTHENTICATION_FAILED);
            error(logIn(server, "dave", "wrong"), ErrorCode.AUTHENTICATION_FAILED);
        }
        try (ReferenceServer server = TestServers.start(config(padded), data)) {
            error(logIn(server, "dave", "wrong"), ErrorCode.AUTHENTICATION_FAILED);
            error(logIn(server, "dave", "dave-secret"), ErrorCode.ACCOUNT_FROZEN);
        }
    }

    private static String pad(String base64) {
        return base64 + "=".repeat((4 - base64.length() % 4) % 4);
    }

    @Test
    void onlyHashesOfPasswordsAndTokensAreStored() throws SQLException {
        Path data = directory.resolve("data");
        String token;
        try (ReferenceServer server = TestServers.start(config("dave-secret"), data)) {
            token = TestServers.token(server, "dave", "dave-secret");
        }
        try (Database database = Database.open(data)) {
            List<String> hashes = column(database, "SELECT password_hash FROM accounts");
            assertEquals(2, hashes.size());
            for (String hash : hashes) {
                assertTrue(hash.startsWith(PasswordHash.PREFIX), hash);
                assertFalse(hash.contains("secret"), hash);
            }
            List<String> tokens = column(database, "SELECT token_hash FROM tokens");
            assertEquals(1, tokens.size());
            assertFalse(tokens.get(0).contains(token));
            assertTrue(tokens.get(0).matches("[0-9a-f]{64}"), tokens.get(0));
        }
    }

    private static List<String> column(Database database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Response logIn(ReferenceServer server, String name, String password) {
        return given(TestServers.request(server)).contentType(ContentType.JSON)
                .body(Map.of(Api.AUTH_METHOD, List.of("password"),
                        Api.USER, Map.of("name", name, "password", password)))
                .post(ApiPaths.TOKENS);
    }
}
