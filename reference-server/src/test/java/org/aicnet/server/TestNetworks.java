package org.aicnet.server;

import org.aicnet.server.config.ConfigLoader;
import org.aicnet.server.config.NetworkConfig;

import java.nio.file.Path;

/**
 * A small network for the job tests: a GPU center of two nodes with 8 V100 each, an NPU center of one node, and a
 * disconnected GPU center; simulated tasks that run {@value #RUN_TIME} unless their command says otherwise.
 */
public final class TestNetworks {

    public static final String RUN_TIME = "PT0.3S";
    public static final String GPU_CENTER = "gpu-center";
    public static final String NPU_CENTER = "npu-center";
    public static final String OFFLINE_CENTER = "offline-center";
    /** Specs: 1, 4 and 8 V100 cards; 2 cores and no card; 1 Ascend 910. */
    public static final String GPU_1 = "gpu-1";
    public static final String GPU_4 = "gpu-4";
    public static final String GPU_8 = "gpu-8";
    public static final String CPU_2 = "cpu-2";
    public static final String NPU_1 = "npu-1";
    /** An image every center holds, and one only the NPU center holds. */
    public static final String TORCH = "img-torch";
    public static final String MINDSPORE = "img-mindspore";

    private TestNetworks() {
    }

    /** The network with its default lifetimes. */
    public static String yaml() {
        return yaml("PT1H", "");
    }

    /** The network with a log link lifetime and extra server settings (indented lines under server:). */
    public static String yaml(String logLinkLifetime, String serverSettings) {
        return """
                server:
                  timeZone: Asia/Shanghai
                %s
                jobs:
                  simulatedRunTime: %s
                  logLinkLifetime: %s
                  schedulerInterval: PT0.05S
                specs:
                  - {id: gpu-1, name: "1 x V100", cpu: {arch: X86, coreNum: 4}, memory: {memorySize: 16},
                     processor: {processorType: GPU, processorNum: 1, productName: Nvidia/GPU/V100,
                                 processorMemory: 32}}
                  - {id: gpu-4, name: "4 x V100", cpu: {arch: X86, coreNum: 16}, memory: {memorySize: 64},
                     processor: {processorType: GPU, processorNum: 4, productName: Nvidia/GPU/V100,
                                 processorMemory: 32}}
                  - {id: gpu-8, name: "8 x V100", cpu: {arch: X86, coreNum: 32}, memory: {memorySize: 128},
                     processor: {processorType: GPU, processorNum: 8, productName: Nvidia/GPU/V100,
                                 processorMemory: 32}}
                  - {id: cpu-2, name: "2 cores", cpu: {arch: X86, coreNum: 2}, memory: {memorySize: 4},
                     processor: {processorType: CPU, processorNum: 0, productName: Intel/CPU/Xeon8380, processorMemory: 0}}
                  - {id: npu-1, name: "1 x Ascend 910", cpu: {arch: ARM, coreNum: 8}, memory: {memorySize: 32},
                     processor: {processorType: NPU, processorNum: 1, productName: Huawei/NPU/Ascend910,
                                 processorMemory: 32}}
                centers:
                  - id: gpu-center
                    name: "GPU Center"
                    province: Beijing
                    city: Beijing
                    connected: true
                    processorType: GPU
                    totalStorage: 1000
                    maxComputingPower: 10
                    joinedAt: "2023-01-01 00:00:00"
                    specs: [gpu-1, gpu-4, gpu-8, cpu-2]
                    nodes:
                      - {cpu: {arch: X86, coreNum: 32}, memory: {memorySize: 128}, count: 2,
                         processor: {processorType: GPU, processorNum: 8, productName: Nvidia/GPU/V100,
                                     processorMemory: 32}}
                  - id: npu-center
                    name: "NPU Center"
                    province: Guangdong
                    city: Shenzhen
                    connected: true
                    processorType: NPU
                    totalStorage: 1000
                    maxComputingPower: 10
                    joinedAt: "2023-02-01 00:00:00"
                    specs: [npu-1]
                    nodes:
                      - {cpu: {arch: ARM, coreNum: 64}, memory: {memorySize: 256}, count: 1,
                         processor: {processorType: NPU, processorNum: 8, productName: Huawei/NPU/Ascend910,
                                     processorMemory: 32}}
                  - id: offline-center
                    name: "Offline Center"
                    province: Sichuan
                    city: Chengdu
                    connected: false
                    processorType: GPU
                    totalStorage: 1000
                    maxComputingPower: 10
                    joinedAt: "2023-03-01 00:00:00"
                    specs: [gpu-1]
                    nodes:
                      - {cpu: {arch: X86, coreNum: 32}, memory: {memorySize: 128}, count: 1,
                         processor: {processorType: GPU, processorNum: 8, productName: Nvidia/GPU/V100,
                                     processorMemory: 32}}
                images:
                  - {id: img-torch, name: pytorch, arch: X86, processor: GPU, framework: PyTorch,
                     operationSystem: Ubuntu,
                     createTime: "2023-01-01 00:00:00"}
                  - {id: img-mindspore, name: mindspore, arch: ARM, processor: NPU, framework: MindSpore,
                     operationSystem: openEuler,
                     createTime: "2023-01-01 00:00:00", centers: [npu-center]}
                accounts:
                  - {name: alice, userId: u-alice, password: alice-secret}
                  - {name: bob, userId: u-bob, password: bob-secret}
                """.formatted(serverSettings, RUN_TIME, logLinkLifetime);
    }

    /** Writes the network into {@code directory} and returns the file. */
    public static Path write(Path directory, String yaml) {
        return TestServers.config(directory, yaml);
    }

    /** The network as the server loads it. */
    public static NetworkConfig load(Path directory) {
        return ConfigLoader.load(write(directory, yaml())).config();
    }
}
