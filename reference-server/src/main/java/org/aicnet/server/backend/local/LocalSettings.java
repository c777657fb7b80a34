package org.aicnet.server.backend.local;

import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.BackendSettings;

import java.time.Duration;
import java.util.Map;

/**
 * The {@code backend.settings} of a {@code local} center, all optional: {@code shell} that runs the command
 * ({@value #SHELL}), {@code setsid} that gives it its own process group ({@value #SETSID}), {@code stopGracePeriod}
 * between SIGTERM and SIGKILL when a task is stopped ({@code PT10S}), {@code nvidiaSmi} that lists the GPUs
 * ({@value #NVIDIA_SMI}; empty: none are looked for), {@code environment}, variables added to every task's, and
 * {@code coreNum} and {@code memoryGiB}, the cores and memory the node offers instead of the machine's (a laptop whose
 * jobs mostly wait may offer more than it has; a shared machine less), and {@code nodeCount}, how many nodes the
 * machine stands for (1), so that a distributed job's tasks run side by side on one machine.
 */
record LocalSettings(String shell, String setsid, Duration stopGracePeriod, String nvidiaSmi,
                     Map<String, String> environment, Integer coreNum, Integer memoryGiB, int nodeCount) {

    static final String SHELL = "/bin/sh";
    static final String SETSID = "setsid";
    static final String NVIDIA_SMI = "nvidia-smi";
    static final Duration STOP_GRACE_PERIOD = Duration.ofSeconds(10);

    static LocalSettings of(Map<String, Object> settings) throws BackendException {
        BackendSettings read = new BackendSettings(settings);
        Integer nodeCount = read.positive("nodeCount");
        return new LocalSettings(read.string("shell", SHELL), read.string("setsid", SETSID),
                read.duration("stopGracePeriod", STOP_GRACE_PERIOD), read.string("nvidiaSmi", NVIDIA_SMI),
                read.map("environment"), read.positive("coreNum"), read.positive("memoryGiB"),
                nodeCount == null ? 1 : nodeCount);
    }
}
