package org.aicnet.server.idle;

import io.restassured.path.json.JsonPath;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.aicnet.server.jobs.JobCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** GET /resource/idle (7.3.3, A.13-A.18): totals, idle resources and identical nodes counted together. */
class IdleResourcesTest {

    private static final Map<String, Object> FULL_GPU_NODE = resources("X86", 32, 128, "GPU", 8, "Nvidia/GPU/V100");

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();
    static JobCalls alice;

    @BeforeAll
    static void logIn() {
        alice = new JobCalls(network.server(), TestServers.ALICE);
    }

    private static Map<String, Object> resources(String arch, int cores, int memory, String type, int cards,
                                                 String product) {
        return Map.of("cpu", Map.of("arch", arch, "coreNum", cores),
                "memory", Map.of("memorySize", memory, "memoryUnit", "GiB"),
                "processor", Map.of("processorType", type, "processorNum", cards, "productName", product,
                        "processorMemory", 32));
    }

    private static JsonPath idle(Map<String, ?> query) {
        return ok(alice.request().queryParams(query).get(ApiPaths.IDLE), TableSchemas.IDLE_RESOURCES_RESPONSE);
    }

    private static JsonPath gpuCenter() {
        return idle(Map.of(ListQueries.CENTER_ID, TestNetworks.GPU_CENTER)).setRootPath("centerResources[0]");
    }

    @Test
    void everyCenterWithItsTotalIdleAndNodesCountedTogether() {
        JsonPath all = idle(Map.of());
        assertEquals(List.of("gpu-center", "npu-center", "offline-center"), all.getList("centerResources.centerId"));
        JsonPath gpu = all.setRootPath("centerResources[0]");
        Map<String, Object> twoNodes = resources("X86", 64, 256, "GPU", 16, "Nvidia/GPU/V100");
        assertEquals(twoNodes, gpu.getMap("totalResource"));
        assertEquals(twoNodes, gpu.getMap("idleResource"));
        assertEquals(List.of(Map.of("resourceSpec", FULL_GPU_NODE, "nodeCount", "2")), gpu.getList("nodeResources"));
        JsonPath npu = all.setRootPath("centerResources[1]");
        assertEquals(resources("ARM", 64, 256, "NPU", 8, "Huawei/NPU/Ascend910"), npu.getMap("idleResource"));
    }

    @Test
    void aDisconnectedCenterHasNothingIdle() {
        JsonPath offline = idle(Map.of(ListQueries.CENTER_ID, TestNetworks.OFFLINE_CENTER))
                .setRootPath("centerResources[0]");
        assertEquals(FULL_GPU_NODE, offline.getMap("totalResource"));
        assertEquals(resources("X86", 0, 0, "GPU", 0, "Nvidia/GPU/V100"), offline.getMap("idleResource"));
        assertEquals(List.of(), offline.getList("nodeResources"));
    }

    @Test
    void centerIdFiltersExactlyAndAnUnknownOneGivesNothing() {
        assertEquals(List.of("npu-center"), idle(Map.of(ListQueries.CENTER_ID, TestNetworks.NPU_CENTER))
                .getList("centerResources.centerId"));
        assertEquals(List.of(), idle(Map.of(ListQueries.CENTER_ID, "nowhere")).getList("centerResources"));
        assertEquals(List.of(), idle(Map.of(ListQueries.CENTER_ID, "GPU-CENTER")).getList("centerResources"));
    }

    @Test
    void idleResourcesGoDownWhileTasksRunAndComeBackWhenTheyEnd() throws Exception {
        String id = alice.create(JobCalls.body("occupies", TestNetworks.GPU_4, "sleep 60"));
        alice.await(id, JobStatus.RUNNING);
        JsonPath busy = gpuCenter();
        assertEquals(resources("X86", 48, 192, "GPU", 12, "Nvidia/GPU/V100"), busy.getMap("idleResource"));
        assertEquals(resources("X86", 64, 256, "GPU", 16, "Nvidia/GPU/V100"), busy.getMap("totalResource"));
        assertEquals(List.of(Map.of("resourceSpec", FULL_GPU_NODE, "nodeCount", "1"),
                        Map.of("resourceSpec", resources("X86", 16, 64, "GPU", 4, "Nvidia/GPU/V100"),
                                "nodeCount", "1")),
                busy.getList("nodeResources"));

        alice.stop(id);
        assertEquals(List.of(Map.of("resourceSpec", FULL_GPU_NODE, "nodeCount", "2")),
                gpuCenter().getList("nodeResources"));

        String finishes = alice.create(JobCalls.body("finishes", TestNetworks.GPU_8, "sleep 0.5"));
        alice.await(finishes, JobStatus.RUNNING);
        assertEquals(List.of(Map.of("resourceSpec", FULL_GPU_NODE, "nodeCount", "1")),
                gpuCenter().getList("nodeResources"), "a node with nothing free is not idle");
        alice.await(finishes, JobStatus.SUCCEEDED);
        assertEquals(List.of(Map.of("resourceSpec", FULL_GPU_NODE, "nodeCount", "2")),
                gpuCenter().getList("nodeResources"));
    }

    @Test
    void aTokenIsRequired() {
        error(given(network.request()).get(ApiPaths.IDLE), ErrorCode.AUTHENTICATION_FAILED);
    }
}
