package org.aicnet.server.auth;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestServers;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.aicnet.server.TestServers.ALICE;
import static org.aicnet.server.TestServers.BOB;

/** Reading R-frozen-account with the default of 5 failed log-ins in a row. */
class FrozenAccountTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();

    @Test
    void fiveFailedLogInsInARowFreezeTheAccountAndItsTokens() {
        String earlier = network.token(BOB);
        ok(given(network.request(earlier)).get(ApiPaths.CENTERS), TableSchemas.CENTERS_RESPONSE);
        for (int attempt = 1; attempt <= 5; attempt++) {
            error(logIn(BOB.name(), "wrong-" + attempt), ErrorCode.AUTHENTICATION_FAILED);
        }
        error(logIn(BOB.name(), BOB.password()), ErrorCode.ACCOUNT_FROZEN);
        error(logIn(BOB.name(), "wrong again"), ErrorCode.ACCOUNT_FROZEN);
        error(given(network.request(earlier)).get(ApiPaths.CENTERS), ErrorCode.ACCOUNT_FROZEN);

        ok(given(TestServers.as(network.server(), ALICE)).get(ApiPaths.CENTERS), TableSchemas.CENTERS_RESPONSE);
    }

    @Test
    void aSuccessfulLogInClearsTheCount() {
        for (int round = 0; round < 3; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                error(logIn(ALICE.name(), "wrong-" + attempt), ErrorCode.AUTHENTICATION_FAILED);
            }
            ok(logIn(ALICE.name(), ALICE.password()), TableSchemas.TOKEN_RESPONSE);
        }
    }

    private static Response logIn(String name, String password) {
        return given(network.request()).contentType(ContentType.JSON)
                .body(Map.of(Api.AUTH_METHOD, "password", Api.USER, Map.of("name", name, "password", password)))
                .post(ApiPaths.TOKENS);
    }
}
