package org.aicnet.conformance.backends;

import org.aicnet.conformance.e2e.ReferenceNetwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The reference server's default network with its centers on a backend that really runs jobs ({@code local},
 * {@code slurm}) instead of the simulated one, for running the whole suite against it: the connected GPU center (and,
 * where the backend can run MLU jobs, the MLU center) get a spec small enough for one core and 1 GiB of this machine,
 * the NPU center, whose specs and images are ARM's, is disconnected. The rest is {@link ReferenceNetwork#yaml}'s: the
 * accounts alice and bob, and carol to be frozen, and short log links. Loopback, a free port, a data directory of the
 * test's own.
 */
final class RealBackendNetwork {

    private static final String SIMULATED = "backend: {type: simulated}";

    private RealBackendNetwork() {
    }

    /**
     * Writes the network into {@code directory}: every center on {@code backend} (a YAML flow mapping), the MLU
     * center connected or not, tokens living {@code tokenLifetime}.
     */
    static Path configuration(Path directory, String backend, boolean mluConnected, String tokenLifetime) {
        String arch = hostArch();
        String yaml = ReferenceNetwork.yaml(tokenLifetime);
        yaml = replace(yaml, "specs:\n", """
                specs:
                  - id: gpu-a100-mini
                    name: "1 x A100 80GB, 1 vCPU, 1 GiB"
                    cpu: {arch: %1$s, coreNum: 1}
                    memory: {memorySize: 1, memoryUnit: GiB}
                    processor: {processorType: GPU, processorNum: 1, productName: Nvidia/GPU/A100, processorMemory: 80}
                  - id: mlu-370-mini
                    name: "1 x MLU370-X8, 1 vCPU, 1 GiB"
                    cpu: {arch: %1$s, coreNum: 1}
                    memory: {memorySize: 1, memoryUnit: GiB}
                    processor: {processorType: MLU, processorNum: 1, productName: Cambricon/MLU/MLU370,
                                processorMemory: 48}
                """.formatted(arch));
        yaml = replace(yaml, "specs: [gpu-a100-1x,", "specs: [gpu-a100-mini, gpu-a100-1x,");
        yaml = replace(yaml, "specs: [mlu-370-1x,", "specs: [mlu-370-mini, mlu-370-1x,");
        yaml = replace(yaml, "cpu: {arch: X86, coreNum: 128}", "cpu: {arch: " + arch + ", coreNum: 128}");
        yaml = replace(yaml, "cpu: {arch: X86, coreNum: 64}", "cpu: {arch: " + arch + ", coreNum: 64}");
        String npu = "    desc: \"Huawei Ascend 910 cluster on Kunpeng hosts, 32 nodes of 8 NPUs\"\n    connected: ";
        yaml = replace(yaml, npu + "true", npu + "false");
        if (!mluConnected) {
            String mlu = "    desc: \"Cambricon MLU370-X8 cluster, 8 nodes of 8 MLUs\"\n    connected: ";
            yaml = replace(yaml, mlu + "true", mlu + "false");
        }
        yaml = replace(yaml, SIMULATED, "backend: " + backend);
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.resolve("network-" + tokenLifetime + ".yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replace(String yaml, String text, String replacement) {
        if (!yaml.contains(text)) {
            throw new IllegalStateException("the default network no longer has '" + text
                    + "': adapt RealBackendNetwork");
        }
        return yaml.replace(text, replacement);
    }

    private static String hostArch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return arch.equals("amd64") || arch.equals("x86_64") ? "X86" : arch.startsWith("aarch64") ? "ARM"
                : arch.toUpperCase(Locale.ROOT);
    }
}
