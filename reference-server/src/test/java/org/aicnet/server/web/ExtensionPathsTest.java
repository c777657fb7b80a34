package org.aicnet.server.web;

import org.aicnet.schemas.OpenApiBundle;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extensions outside annex A never share a first path segment with annex A, and need no token. */
class ExtensionPathsTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();

    @Test
    void noExtensionSharesAFirstSegmentWithAPathOfAnnexAOrOfTheServersOwnRoutes() {
        List<String> reserved = new ArrayList<>();
        OpenApiBundle.fromClasspath().path("paths").fieldNames().forEachRemaining(reserved::add);
        assertTrue(reserved.contains(ApiPaths.TRAIN_JOB), "annex A's paths come from openapi.yaml: " + reserved);
        reserved.addAll(List.of(Api.SIGNED_LOG, Api.SERVICE, Api.SERVICE_PATH));
        Set<String> taken = new TreeSet<>();
        reserved.forEach(path -> taken.add(firstSegment(path)));
        for (String extension : Extensions.PATHS) {
            assertFalse(taken.contains(firstSegment(extension)), extension + " collides with one of " + reserved);
        }
        assertEquals(Extensions.PATHS.size(), Extensions.PATHS.stream().map(ExtensionPathsTest::firstSegment)
                .distinct().count(), "each extension has a first segment of its own");
    }

    @Test
    void everyExtensionAnswersWithoutAToken() {
        for (String extension : Extensions.PATHS) {
            int status = given(network.request()).redirects().follow(true).get(extension).statusCode();
            assertEquals(200, status, extension);
        }
    }

    @Test
    void annexARoutesStillNeedATokenAndUnknownPathsStill404() {
        assertEquals(401, given(network.request()).get(ApiPaths.CENTERS).statusCode());
        assertEquals(404, given(network.request()).get("/health/nothing").statusCode());
        assertEquals(404, given(network.request()).get("/swagger-ui/not-a-file.js").statusCode());
        assertNotEquals(200, given(network.request()).get("/openapi.yml").statusCode());
    }

    @Test
    void aWrongMethodOnAnExtensionIs405WithAllow() {
        given(network.request()).post(Extensions.HEALTH).then().statusCode(405).header("Allow", "GET, HEAD");
        given(network.request()).delete(Extensions.OPENAPI_YAML).then().statusCode(405).header("Allow", "GET, HEAD");
    }

    private static String firstSegment(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(0, slash);
    }
}
