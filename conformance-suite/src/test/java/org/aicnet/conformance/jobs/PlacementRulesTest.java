package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which images the suite tries first on a spec, and which idle nodes hold a spec. */
class PlacementRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonNode GPU_SPEC = json("""
            {"resourceSpecId": "g1", "cpu": {"arch": "X86", "coreNum": 16},
             "memory": {"memorySize": 128, "memoryUnit": "GiB"},
             "processor": {"processorType": "GPU", "processorNum": 1, "productName": "Nvidia/GPU/A100",
                           "processorMemory": 80}}""");

    @Test
    void anImageFitsASpecOfItsProcessorTypeAndArchitecture() {
        assertTrue(Placement.fits(GPU_SPEC, json("{\"processor\": \"GPU\", \"arch\": \"X86\"}")));
        assertTrue(Placement.fits(GPU_SPEC, json("{\"processor\": \"gpu\", \"arch\": \"x86\"}")));
        assertFalse(Placement.fits(GPU_SPEC, json("{\"processor\": \"NPU\", \"arch\": \"X86\"}")));
        assertFalse(Placement.fits(GPU_SPEC, json("{\"processor\": \"GPU\", \"arch\": \"ARM\"}")));
        assertFalse(Placement.fits(GPU_SPEC, json("{\"arch\": \"X86\"}")));
        JsonNode cpuOnly = json("{\"cpu\": {\"arch\": \"X86\", \"coreNum\": 8}}");
        assertTrue(Placement.fits(cpuOnly, json("{\"arch\": \"X86\"}")));
        assertFalse(Placement.fits(cpuOnly, json("{\"processor\": \"GPU\", \"arch\": \"X86\"}")));
    }

    @Test
    void anIdleNodeHoldsASpecWithEnoughCardsCoresAndMemory() {
        JsonNode node = json("""
                {"cpu": {"arch": "X86", "coreNum": 128}, "memory": {"memorySize": 1024, "memoryUnit": "GiB"},
                 "processor": {"processorType": "GPU", "processorNum": 8}}""");
        assertTrue(Jobs.holds(node, GPU_SPEC));
        JsonNode small = json("""
                {"cpu": {"arch": "X86", "coreNum": 8}, "memory": {"memorySize": 1024, "memoryUnit": "GiB"},
                 "processor": {"processorType": "GPU", "processorNum": 8}}""");
        assertFalse(Jobs.holds(small, GPU_SPEC));
        JsonNode npu = json("""
                {"cpu": {"arch": "ARM", "coreNum": 192}, "memory": {"memorySize": 768, "memoryUnit": "GiB"},
                 "processor": {"processorType": "NPU", "processorNum": 8}}""");
        assertFalse(Jobs.holds(npu, GPU_SPEC));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
