package org.aicnet.server.backend;

import java.util.Locale;

/**
 * A network of one center whose tasks really run (on this machine, on a Slurm cluster), for the server's tests with
 * a real backend: the spec {@value #SPEC} of one core and 1 GiB, the image {@value #IMAGE}, alice and bob.
 */
public final class RealCenters {

    public static final String CENTER = "real-center";
    public static final String SPEC = "cpu-1c";
    public static final String IMAGE = "img-shell";

    private RealCenters() {
    }

    /** The network whose center has the backend given as a YAML flow mapping, e.g. {@code {type: local}}. */
    public static String yaml(String backend) {
        String arch = hostArch();
        return """
                server:
                  timeZone: Asia/Shanghai
                jobs:
                  logLinkLifetime: PT1H
                  schedulerInterval: PT0.1S
                specs:
                  - {id: cpu-1c, name: "1 core, 1 GiB", cpu: {arch: %1$s, coreNum: 1}, memory: {memorySize: 1},
                     processor: {processorType: CPU, processorNum: 0, productName: Host/CPU/%1$s, processorMemory: 0}}
                centers:
                  - id: real-center
                    name: "A center whose tasks really run"
                    connected: true
                    processorType: CPU
                    totalStorage: 1
                    maxComputingPower: 1
                    joinedAt: "2024-01-01 00:00:00"
                    specs: [cpu-1c]
                    nodes:
                      - {cpu: {arch: %1$s, coreNum: 1}, memory: {memorySize: 1}, count: 1}
                    backend: %2$s
                images:
                  - {id: img-shell, name: shell, arch: %1$s, processor: GPU, framework: none,
                     createTime: "2024-01-01 00:00:00"}
                accounts:
                  - {name: alice, userId: u-alice, password: alice-secret}
                  - {name: bob, userId: u-bob, password: bob-secret}
                """.formatted(arch, backend);
    }

    /** This machine's architecture as 6.3.1 names it. */
    public static String hostArch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return arch.equals("amd64") || arch.equals("x86_64") ? "X86" : arch.startsWith("aarch64") ? "ARM"
                : arch.toUpperCase(Locale.ROOT);
    }
}
