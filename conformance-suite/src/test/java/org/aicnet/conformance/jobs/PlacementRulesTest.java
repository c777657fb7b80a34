package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(IdleRoom.holds(node, GPU_SPEC));
        JsonNode small = json("""
                {"cpu": {"arch": "X86", "coreNum": 8}, "memory": {"memorySize": 1024, "memoryUnit": "GiB"},
                 "processor": {"processorType": "GPU", "processorNum": 8}}""");
        assertFalse(IdleRoom.holds(small, GPU_SPEC));
        JsonNode npu = json("""
                {"cpu": {"arch": "ARM", "coreNum": 192}, "memory": {"memorySize": 768, "memoryUnit": "GiB"},
                 "processor": {"processorType": "NPU", "processorNum": 8}}""");
        assertFalse(IdleRoom.holds(npu, GPU_SPEC));
    }

    @Test
    void theIdleNodesOfTheCenterHoldAsManyJobsAsTheirCardsCoresAndMemoryAllow() {
        Placement placement = new Placement(json("{\"centerId\": \"c1\"}"), GPU_SPEC, json("{}"));
        JsonNode idle = json("""
                {"centerResources": [
                  {"centerId": "c1", "nodeResources": [
                    {"nodeCount": "2", "resourceSpec": {"cpu": {"coreNum": 40},
                      "memory": {"memorySize": 1024, "memoryUnit": "GiB"},
                      "processor": {"processorType": "GPU", "processorNum": 8}}},
                    {"nodeCount": 3, "resourceSpec": {"cpu": {"coreNum": 8},
                      "memory": {"memorySize": 1024, "memoryUnit": "GiB"},
                      "processor": {"processorType": "GPU", "processorNum": 8}}}]},
                  {"centerId": "c2", "nodeResources": [
                    {"nodeCount": 9, "resourceSpec": {"cpu": {"coreNum": 128},
                      "memory": {"memorySize": 1024, "memoryUnit": "GiB"},
                      "processor": {"processorType": "GPU", "processorNum": 8}}}]}]}""");
        assertEquals(2, IdleRoom.nodesAbleToHold(idle, placement), "the nodes of 8 cores hold no spec of 16");
        assertEquals(4, IdleRoom.jobsOfSpec(idle, placement), "2 nodes x 40 / 16 cores (of 8 cards, 1024/128 GiB)");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
