package org.aicnet.server.specs;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestServers;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.ok;
import static org.aicnet.server.SortAssertions.assertIds;
import static org.aicnet.server.SortAssertions.assertSorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /resource/specs (A.9-A.12) on the default network, and ties on a network of its own. */
class ListSpecsTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();

    private static RequestSpecification request() {
        return given(network.as(TestServers.ALICE));
    }

    private static JsonPath specs(RequestSpecification request) {
        return ok(request.get(ApiPaths.SPECS), TableSchemas.RESOURCE_SPECS_RESPONSE);
    }

    @Test
    void everySpecWithTheFieldsOfA12() {
        JsonPath all = specs(request());
        assertEquals(12, all.getInt("totalSize"));
        assertEquals(Map.of("resourceSpecId", "npu-910-4x", "resourceSpecName", "4 x Ascend 910, 96 vCPU, 384 GiB",
                        "cpu", Map.of("arch", "ARM", "coreNum", 96),
                        "memory", Map.of("memorySize", 384, "memoryUnit", "GiB"),
                        "processor", Map.of("processorType", "NPU", "processorNum", 4,
                                "productName", "Huawei/NPU/Ascend910", "processorMemory", 32)),
                all.getMap("resourceSpecs.find { it.resourceSpecId == 'npu-910-4x' }"));
        Map<String, Object> cpuOnly = all.getMap("resourceSpecs.find { it.resourceSpecId == 'cpu-x86-8c' }");
        // Reading R-processor-fields: a spec without an accelerator writes CPU, 0, Vendor/CPU/Model, 0.
        assertEquals(Map.of("processorType", "CPU", "processorNum", 0, "productName", "Intel/CPU/Xeon8380",
                "processorMemory", 0), cpuOnly.get("processor"));
        for (Map<String, Object> processor : all.<Map<String, Object>>getList("resourceSpecs.processor")) {
            assertFalse(processor.get("processorType").toString().isEmpty(), processor.toString());
            assertFalse(processor.get("productName").toString().isEmpty(), processor.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "beijing-gpu, 'gpu-a100-8x,gpu-a100-2x,gpu-a100-1x,cpu-x86-8c'",
            "shenzhen-npu, 'npu-910-8x,npu-910-4x,npu-910-1x,cpu-arm-8c'",
            "nanjing-mlu, 'mlu-370-4x,mlu-370-1x,cpu-x86-8c'",
            "chengdu-gpu, 'gpu-v100-8x,gpu-v100-1x,cpu-x86-8c'",
            "nowhere, ''",
            "BEIJING-GPU, ''"})
    void centerIdGivesTheSpecsThatCenterOffers(String centerId, String expected) {
        JsonPath offered = specs(request().queryParam(ListQueries.CENTER_ID, centerId));
        List<String> ids = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertIds(ids, offered.getList("resourceSpecs"), "resourceSpecId");
        assertEquals(ids.size(), offered.getInt("totalSize"));
    }

    @ParameterizedTest
    @CsvSource({"resourceSpecId, asc", "resourceSpecId, desc", "resourceSpecName, asc", "resourceSpecName, desc"})
    void sortsByEachValueOfA10(String sort, String order) {
        assertSorted(specs(request().queryParam(ListQueries.SORT, sort).queryParam(ListQueries.ORDER, order))
                .getList("resourceSpecs"), sort, "resourceSpecId", order.equals(ListQueries.DESC));
    }

    @Test
    void theDefaultIsResourceSpecIdDescending() {
        List<Map<String, Object>> specs = specs(request()).getList("resourceSpecs");
        assertSorted(specs, Api.RESOURCE_SPEC_ID, "resourceSpecId", true);
        assertEquals("npu-910-8x", specs.get(0).get("resourceSpecId"));
    }

    @Test
    void tiesOfNameAreBrokenByIdInTheSameDirection(@TempDir Path directory) {
        Path config = TestServers.config(directory, """
                specs:
                  - {id: b, name: same, cpu: {arch: X86, coreNum: 1}, memory: {memorySize: 1},
                     processor: {processorType: CPU, processorNum: 0, productName: Intel/CPU/Xeon8380, processorMemory: 0}}
                  - {id: a, name: same, cpu: {arch: X86, coreNum: 1}, memory: {memorySize: 1},
                     processor: {processorType: CPU, processorNum: 0, productName: Intel/CPU/Xeon8380, processorMemory: 0}}
                  - {id: c, name: other, cpu: {arch: X86, coreNum: 1}, memory: {memorySize: 1},
                     processor: {processorType: CPU, processorNum: 0, productName: Intel/CPU/Xeon8380, processorMemory: 0}}
                  - {id: d, name: same, cpu: {arch: X86, coreNum: 1}, memory: {memorySize: 1},
                     processor: {processorType: CPU, processorNum: 0, productName: Intel/CPU/Xeon8380, processorMemory: 0}}
                accounts: [{name: carol, password: carol-secret}]
                """);
        try (ReferenceServer own = TestServers.start(config, directory.resolve("data"))) {
            String carol = TestServers.token(own, "carol", "carol-secret");
            JsonPath ascending = ok(given(TestServers.request(own, carol)).queryParam(ListQueries.SORT,
                    Api.RESOURCE_SPEC_NAME)
                    .queryParam(ListQueries.ORDER, ListQueries.ASC).get(ApiPaths.SPECS),
                            TableSchemas.RESOURCE_SPECS_RESPONSE);
            assertIds(List.of("c", "a", "b", "d"), ascending.getList("resourceSpecs"), "resourceSpecId");
            JsonPath descending = ok(given(TestServers.request(own, carol)).queryParam(ListQueries.SORT,
                    Api.RESOURCE_SPEC_NAME).get(ApiPaths.SPECS), TableSchemas.RESOURCE_SPECS_RESPONSE);
            assertIds(List.of("d", "b", "a", "c"), descending.getList("resourceSpecs"), "resourceSpecId");
            assertTrue(assertSorted(descending.getList("resourceSpecs"), Api.RESOURCE_SPEC_NAME, "resourceSpecId",
                    true) > 0);
        }
    }
}
