package org.aicnet.conformance.backends;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The suite against a center whose jobs run on the Slurm cluster AICNET_SLURM_CONF names
 * (reference-server/src/test/slurm/slurm-cluster.sh; skipped without one). Only the GPU center is connected: the
 * test cluster has stand-in GPUs but no MLUs.
 */
class SuiteAgainstSlurmBackendTest extends SuiteAgainstRealBackend {

    private String conf;

    @BeforeEach
    void cluster() {
        conf = System.getenv("AICNET_SLURM_CONF");
        Assumptions.assumeTrue(conf != null && !conf.isBlank(), "no Slurm cluster: set AICNET_SLURM_CONF to its "
                + "slurm.conf (reference-server/src/test/slurm/slurm-cluster.sh start starts one)");
    }

    @Override
    String backend() {
        return "{type: slurm, settings: {environment: {SLURM_CONF: '" + conf + "'}, pollInterval: PT0.2S}}";
    }

    @Override
    boolean runsMlu() {
        return false;
    }

    @Override
    Duration jobTimeout() {
        return Duration.ofSeconds(60);
    }

    /** Cancels the Slurm job of every job the run created (the backend names them aicnet-JOBID). */
    @Override
    void endLeftovers(Path data) throws Exception {
        Path jobs = data.resolve("jobs");
        if (!Files.isDirectory(jobs)) {
            return;
        }
        try (Stream<Path> directories = Files.list(jobs)) {
            for (Path job : directories.toList()) {
                ProcessBuilder scancel = new ProcessBuilder(List.of("scancel",
                        "--name=aicnet-" + job.getFileName()));
                scancel.environment().put("SLURM_CONF", conf);
                scancel.start().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
