package org.aicnet.conformance.backends;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The suite against centers whose jobs run as processes of this machine (the {@code local} backend; its GPU and MLU
 * cards are those of the configuration, as on a machine without nvidia-smi; it offers 64 cores, since the suite's jobs
 * mostly wait, and stands for two nodes).
 */
class SuiteAgainstLocalBackendTest extends SuiteAgainstRealBackend {

    @Override
    String backend() {
        // the suite keeps several jobs running at once: the node offers more cores and memory than the machine has,
        // and the machine stands for two nodes, so that the checks of a job on two nodes run
        return "{type: local, settings: {nvidiaSmi: '', stopGracePeriod: PT2S, coreNum: 64, memoryGiB: 256, "
                + "nodeCount: 2}}";
    }

    @Override
    boolean runsMlu() {
        return true;
    }

    @Override
    Duration jobTimeout() {
        return Duration.ofSeconds(30);
    }

    /** Kills the process group of every task the run started (the local backend writes each group's id). */
    @Override
    void endLeftovers(Path data) throws Exception {
        Path jobs = data.resolve("jobs");
        if (!Files.isDirectory(jobs)) {
            return;
        }
        try (Stream<Path> files = Files.walk(jobs)) {
            for (Path pid : files.filter(file -> file.endsWith(Path.of(".aicnet-local", "pid"))).toList()) {
                String group = Files.readString(pid).trim();
                new ProcessBuilder(List.of("/bin/sh", "-c", "kill -KILL -" + group + " 2>/dev/null")).start()
                        .waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
