package org.aicnet.server.backend.slurm;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real Slurm cluster the integration tests run on: the one whose slurm.conf AICNET_SLURM_CONF names
 * (reference-server/src/test/slurm/slurm-cluster.sh start prints it; .ci/run sets it). Without it the tests are
 * skipped, so that a build without Slurm stays green; with it they must pass.
 */
public final class SlurmCluster {

    public static final String VARIABLE = "AICNET_SLURM_CONF";

    private SlurmCluster() {
    }

    /** The cluster's slurm.conf; skips the calling test when none is configured. */
    public static String conf() {
        String conf = System.getenv(VARIABLE);
        Assumptions.assumeTrue(conf != null && !conf.isBlank(), "no Slurm cluster: set " + VARIABLE
                + " to its slurm.conf (reference-server/src/test/slurm/slurm-cluster.sh start starts one)");
        if (!Files.isReadable(Path.of(conf))) {
            throw new IllegalStateException(VARIABLE + "=" + conf + " is not a readable file");
        }
        return conf;
    }
}
