package org.aicnet.server.backend.local;

import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.CommandResult;
import org.aicnet.server.backend.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** GPU discovery on the outputs of nvidia-smi of real hosts (src/test/resources/nvidia-smi); no GPU needed. */
class NvidiaSmiTest {

    @Test
    void readsEveryCardOfADgx() {
        List<NvidiaSmi.Gpu> gpus = NvidiaSmi.parse(fixture("dgx-a100.csv"));
        assertEquals(8, gpus.size());
        assertEquals(new NvidiaSmi.Gpu(7, "NVIDIA A100-SXM4-80GB", 81920), gpus.get(7));
        assertEquals("Nvidia/GPU/A100", gpus.get(0).productName());
        assertEquals(80, gpus.get(0).memoryGiB());
    }

    @Test
    void namesTheModelWithoutVendorFormFactorOrMemory() {
        NvidiaSmi.Gpu h100 = NvidiaSmi.parse(fixture("h100.csv")).get(0);
        assertEquals("Nvidia/GPU/H100", h100.productName());
        assertEquals(80, h100.memoryGiB(), "81559 MiB is an 80 GB card");
        NvidiaSmi.Gpu v100 = NvidiaSmi.parse(fixture("v100.csv")).get(1);
        assertEquals(new NvidiaSmi.Gpu(1, "Tesla V100-SXM2-32GB", 32510), v100);
        assertEquals("Nvidia/GPU/V100", v100.productName());
        assertEquals(32, v100.memoryGiB());
        assertEquals("GeForce RTX 4090", NvidiaSmi.model("NVIDIA GeForce RTX 4090"));
        assertEquals("H100", NvidiaSmi.model("NVIDIA H100 PCIe"));
        assertEquals("A100", NvidiaSmi.model("NVIDIA A100 80GB PCIe"));
        assertEquals("H100", NvidiaSmi.model("NVIDIA H100 NVL"));
        assertEquals("L40S", NvidiaSmi.model("NVIDIA L40S"));
    }

    @Test
    void aCardWithoutItsOwnMemoryHasNone() {
        assertEquals(List.of(new NvidiaSmi.Gpu(0, "NVIDIA GH200 480GB", null)),
                NvidiaSmi.parse(fixture("gh200-unified-memory.csv")));
        assertEquals(0, NvidiaSmi.parse(fixture("gh200-unified-memory.csv")).get(0).memoryGiB());
    }

    @Test
    void messagesAreNoCards() {
        assertEquals(List.of(), NvidiaSmi.parse(fixture("no-devices.txt")));
        assertEquals(List.of(), NvidiaSmi.parse(fixture("no-driver.txt")));
    }

    @Test
    void runsTheConfiguredCommandWithTheQuery() {
        List<List<String>> ran = new ArrayList<>();
        NvidiaSmi smi = new NvidiaSmi(command -> {
            ran.add(command);
            return new CommandResult(command, 0, fixture("v100.csv"), "");
        }, "/opt/nvidia/bin/nvidia-smi");
        assertEquals(2, smi.discover().size());
        assertEquals(List.of(List.of("/opt/nvidia/bin/nvidia-smi", "--query-gpu=index,name,memory.total",
                "--format=csv,noheader,nounits")), ran);
    }

    @Test
    void aHostWithoutDriverCommandOrSettingHasNoCards() {
        assertEquals(List.of(), new NvidiaSmi(command -> new CommandResult(command, 9, fixture("no-driver.txt"), ""),
                "nvidia-smi").discover());
        assertEquals(List.of(), new NvidiaSmi(command -> new CommandResult(command, 6, fixture("no-devices.txt"), ""),
                "nvidia-smi").discover());
        assertEquals(List.of(), new NvidiaSmi(command -> {
            throw new BackendException("cannot run nvidia-smi: No such file or directory");
        }, "nvidia-smi").discover());
        assertEquals(List.of(), new NvidiaSmi(command -> {
            throw new AssertionError("no command is run when discovery is switched off");
        }, "").discover());
    }

    static String fixture(String name) {
        return Fixtures.text("nvidia-smi/" + name);
    }
}
