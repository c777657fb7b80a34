package org.aicnet.server.backend.local;

import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.ResourceShape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local center's one node: the host's cores and memory, with GPUs from nvidia-smi or cards from the config. */
class HostCapacityTest {

    private static final NodeGroup CONFIGURED_NPU = new NodeGroup(
            new ResourceShape("ARM", 192, "NPU", 8, "Huawei/NPU/Ascend910", 32, 768), 4);

    @Test
    void theGpusNvidiaSmiFindsAreTheNodesCards() {
        HostCapacity host = HostCapacity.of("X86", 16, 62, NvidiaSmi.parse(NvidiaSmiTest.fixture("v100.csv")),
                List.of(CONFIGURED_NPU));
        assertEquals(new NodeGroup(new ResourceShape("X86", 16, "GPU", 2, "Nvidia/GPU/V100", 32, 62), 1),
                host.node());
        assertEquals(List.of(0, 1), host.devices());
    }

    @Test
    void aNodeHasTheCardsOfTheFirstCardsModelWithTheirOwnNumbers() {
        HostCapacity host = HostCapacity.of("X86", 8, 31, List.of(
                new NvidiaSmi.Gpu(0, "NVIDIA GeForce RTX 3060", 12288),
                new NvidiaSmi.Gpu(1, "NVIDIA GeForce RTX 4090", 24564),
                new NvidiaSmi.Gpu(2, "NVIDIA GeForce RTX 3060", 12288)), List.of());
        assertEquals("Nvidia/GPU/GeForce RTX 3060", host.node().shape().productName());
        assertEquals(2, host.node().shape().processorNum());
        assertEquals(List.of(0, 2), host.devices());
        assertEquals(2, host.device(1), "the scheduler's second card is device 2");
    }

    @Test
    void withoutGpusTheConfiguredCardsCountWithTheHostsCoresAndMemory() {
        HostCapacity host = HostCapacity.of("ARM", 4, 7, List.of(), List.of(CONFIGURED_NPU));
        assertEquals(new NodeGroup(new ResourceShape("ARM", 4, "NPU", 8, "Huawei/NPU/Ascend910", 32, 7), 1),
                host.node());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), host.devices());
    }

    @Test
    void withoutAnyCardsTheNodeHasCoresAndMemoryOnly() {
        HostCapacity host = HostCapacity.of("X86", 2, 23, List.of(), List.of());
        assertEquals(new NodeGroup(new ResourceShape("X86", 2, "", 0, "", 0, 23), 1), host.node());
    }

    @Test
    void theRealHostHasItsCoresAndMemory() {
        HostCapacity host = HostCapacity.of(List.of(), List.of(), null, null);
        assertEquals(Runtime.getRuntime().availableProcessors(), host.node().shape().coreNum());
        assertTrue(host.node().shape().memoryGiB() >= 1, host.toString());
        assertEquals(1, host.node().count());
    }

    @Test
    void theSettingsMayOfferOtherAmountsThanTheMachineHas() {
        HostCapacity host = HostCapacity.of(List.of(), List.of(), 64, 256);
        assertEquals(64, host.node().shape().coreNum());
        assertEquals(256, host.node().shape().memoryGiB());
    }

    @Test
    void architecturesHaveTheNamesOf631() {
        assertEquals("X86", HostCapacity.arch("amd64"));
        assertEquals("X86", HostCapacity.arch("x86_64"));
        assertEquals("ARM", HostCapacity.arch("aarch64"));
        assertEquals("ARM", HostCapacity.arch("arm"));
        assertEquals("RISCV64", HostCapacity.arch("riscv64"));
    }
}
