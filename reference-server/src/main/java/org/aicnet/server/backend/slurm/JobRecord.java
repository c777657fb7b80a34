package org.aicnet.server.backend.slurm;

/**
 * What one source says of a Slurm job: its state as Slurm names it, the reason Slurm gives (a pending job's
 * "Resources", "PartitionNodeLimit"; null: none), its {@code code:signal} exit code (null: not given) and where
 * the record came from (squeue, scontrol, the completion log, sacct).
 */
record JobRecord(String id, String state, String reason, String exitCode, String source) {

    boolean finished() {
        return SlurmState.of(state).finished();
    }
}
