package org.aicnet.server.health;

import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.web.Extensions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** /health without a token: liveness, and readiness of the store and each center's backend. */
class HealthTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();

    @Test
    void livenessIsUpWithoutChecks() {
        given(network.request()).get(Extensions.HEALTH_LIVE).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"));
    }

    @Test
    void readinessChecksTheStoreAndEveryCentersBackend() {
        for (String path : List.of(Extensions.HEALTH, Extensions.HEALTH_READY)) {
            List<Map<String, String>> checks = given(network.request()).get(path).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("UP")).extract().path("checks");
            assertEquals(List.of(
                    Map.of("name", "store", "status", "UP"),
                    Map.of("name", "backend:" + TestNetworks.GPU_CENTER, "status", "UP", "type", "simulated"),
                    Map.of("name", "backend:" + TestNetworks.NPU_CENTER, "status", "UP", "type", "simulated"),
                    Map.of("name", "backend:" + TestNetworks.OFFLINE_CENTER, "status", "UP", "type", "simulated")),
                    checks, path);
        }
    }
}
