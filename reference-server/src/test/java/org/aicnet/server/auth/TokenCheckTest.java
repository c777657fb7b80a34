package org.aicnet.server.auth;

import io.restassured.specification.RequestSpecification;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestServers;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;

/** The token check of reading R-token-required on every secured route of the platform side: 401/0101 and 0102. */
class TokenCheckTest {

    /** The secured routes of the auth, centers, resources and datasets features. */
    static List<String> securedRoutes() {
        return List.of("GET " + ApiPaths.CENTERS, "GET " + ApiPaths.SPECS, "GET " + ApiPaths.IMAGES, "GET "
                + ApiPaths.DATASETS,
                "POST " + ApiPaths.DATASET_UPLOAD);
    }

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();

    @ParameterizedTest
    @MethodSource("securedRoutes")
    void noTokenIs0101(String route) {
        error(call(given(network.request()), route), ErrorCode.AUTHENTICATION_FAILED);
    }

    @ParameterizedTest
    @MethodSource("securedRoutes")
    void aMalformedTokenIs0101(String route) {
        error(call(given(network.request("not a token!")), route), ErrorCode.AUTHENTICATION_FAILED);
        error(call(given(network.request()).header(Api.AUTHORIZATION_HEADER, "Basic YWxpY2U6eA=="), route),
                ErrorCode.AUTHENTICATION_FAILED);
    }

    @ParameterizedTest
    @MethodSource("securedRoutes")
    void anUnknownWellFormedTokenIs0101(String route) {
        byte[] random = new byte[32];
        new Random(route.hashCode()).nextBytes(random);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        error(call(given(network.request(forged)), route), ErrorCode.AUTHENTICATION_FAILED);
    }

    @ParameterizedTest
    @MethodSource("securedRoutes")
    void aTamperedTokenIs0101(String route) {
        String token = network.token(TestServers.ALICE);
        String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        error(call(given(network.request(tampered)), route), ErrorCode.AUTHENTICATION_FAILED);
    }

    /** A refused upload is answered, not cut off: the server reads the body it will not use before it answers. */
    @Test
    void anUploadWithoutATokenIsAnsweredEveryTime() {
        byte[] file = new byte[600];
        new Random(7).nextBytes(file);
        for (int attempt = 0; attempt < 50; attempt++) {
            error(given(network.request()).multiPart("md5", "0123456789abcdef0123456789abcdef")
                    .multiPart("title", "refused").multiPart("size", "600")
                    .multiPart("file", "refused.bin", file, "application/octet-stream")
                    .post(ApiPaths.DATASET_UPLOAD), ErrorCode.AUTHENTICATION_FAILED);
        }
    }

    @Test
    void anExpiredTokenIs0102(@TempDir Path directory) throws InterruptedException {
        Path config = TestServers.config(directory, """
                auth: {tokenLifetime: PT1S}
                accounts: [{name: carol, password: carol-secret}]
                """);
        try (ReferenceServer shortLived = TestServers.start(config, directory.resolve("data"))) {
            String token = TestServers.token(shortLived, "carol", "carol-secret");
            ok(given(TestServers.request(shortLived, token)).get(ApiPaths.CENTERS), TableSchemas.CENTERS_RESPONSE);
            Thread.sleep(1_100);
            for (String route : securedRoutes()) {
                error(call(given(TestServers.request(shortLived, token)), route), ErrorCode.TOKEN_EXPIRED);
            }
            String fresh = TestServers.token(shortLived, "carol", "carol-secret");
            ok(given(TestServers.request(shortLived, fresh)).get(ApiPaths.CENTERS), TableSchemas.CENTERS_RESPONSE);
        }
    }

    private static io.restassured.response.Response call(RequestSpecification request, String route) {
        String[] parts = route.split(" ", 2);
        Function<String, io.restassured.response.Response> method = switch (parts[0]) {
            case "GET" -> request::get;
            case "POST" -> request::post;
            default -> throw new IllegalArgumentException(route);
        };
        return method.apply(parts[1]);
    }
}
