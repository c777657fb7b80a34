package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.RealCenterContract;

/** A reference server whose center runs its tasks on the Slurm cluster of {@link SlurmCluster} (else skipped). */
class SlurmCenterTest extends RealCenterContract {

    @Override
    protected String backend() {
        return "{type: slurm, settings: {environment: {SLURM_CONF: '" + SlurmCluster.conf() + "'}, "
                + "pollInterval: PT0.2S}}";
    }
}
