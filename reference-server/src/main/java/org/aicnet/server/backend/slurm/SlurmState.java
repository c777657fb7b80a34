package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.TaskStatus;

import java.util.Locale;
import java.util.Map;

/**
 * Slurm's job states (squeue %T, scontrol JobState, the completion log, sacct State) as the job states of 6.3.4. The
 * table is in docs/backends.md; in short:
 *
 * <ul>
 * <li>PENDING: waiting for nodes, or (CONFIGURING) for the nodes it was given to boot; a requeued or held job waits
 * again.</li>
 * <li>RUNNING: it holds its nodes: running, COMPLETING (its processes ended, the epilog runs), SUSPENDED or STOPPED
 * (paused by an administrator, still allocated), SIGNALING, STAGE_OUT, RESIZING.</li>
 * <li>SUCCEEDED: COMPLETED, which Slurm gives only to a job whose batch script exited with 0.</li>
 * <li>FAILED: it ended for any other reason than a user's cancel: a non-zero exit code, its time limit (TIMEOUT), a
 * node failure, out of memory, a node that would not boot, its deadline, preemption without requeue.</li>
 * <li>STOPPED: CANCELLED, by scancel (the stop of 7.4.5, or an administrator's).</li>
 * <li>UNKNOWN: REVOKED (a federation sibling ran it elsewhere) and any state this table does not know.</li>
 * </ul>
 */
final class SlurmState {

    private static final Map<String, TaskStatus> STATES = Map.ofEntries(
            Map.entry("PENDING", TaskStatus.PENDING),
            Map.entry("CONFIGURING", TaskStatus.PENDING),
            Map.entry("REQUEUED", TaskStatus.PENDING),
            Map.entry("REQUEUE_HOLD", TaskStatus.PENDING),
            Map.entry("REQUEUE_FED", TaskStatus.PENDING),
            Map.entry("RESV_DEL_HOLD", TaskStatus.PENDING),
            Map.entry("RUNNING", TaskStatus.RUNNING),
            Map.entry("COMPLETING", TaskStatus.RUNNING),
            Map.entry("SUSPENDED", TaskStatus.RUNNING),
            Map.entry("STOPPED", TaskStatus.RUNNING),
            Map.entry("SIGNALING", TaskStatus.RUNNING),
            Map.entry("STAGE_OUT", TaskStatus.RUNNING),
            Map.entry("RESIZING", TaskStatus.RUNNING),
            Map.entry("COMPLETED", TaskStatus.SUCCEEDED),
            Map.entry("FAILED", TaskStatus.FAILED),
            Map.entry("TIMEOUT", TaskStatus.FAILED),
            Map.entry("NODE_FAIL", TaskStatus.FAILED),
            Map.entry("OUT_OF_MEMORY", TaskStatus.FAILED),
            Map.entry("BOOT_FAIL", TaskStatus.FAILED),
            Map.entry("DEADLINE", TaskStatus.FAILED),
            Map.entry("PREEMPTED", TaskStatus.FAILED),
            Map.entry("SPECIAL_EXIT", TaskStatus.FAILED),
            Map.entry("CANCELLED", TaskStatus.STOPPED),
            Map.entry("REVOKED", TaskStatus.UNKNOWN));

    private SlurmState() {
    }

    /** The standard's state of a Slurm state; sacct writes "CANCELLED by 0", of which the first word counts. */
    static TaskStatus of(String slurmState) {
        return STATES.getOrDefault(name(slurmState), TaskStatus.UNKNOWN);
    }

    /** Whether Slurm knows the state (else it is UNKNOWN because this table lacks it). */
    static boolean known(String slurmState) {
        return STATES.containsKey(name(slurmState));
    }

    static String name(String slurmState) {
        String trimmed = slurmState == null ? "" : slurmState.trim();
        int space = trimmed.indexOf(' ');
        return (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
    }

    /**
     * The exit code of Slurm's {@code code:signal}: the code, or 128 + the signal when a signal ended the batch script
     * (as a shell reports it); null when Slurm gave none.
     */
    static Integer exitCode(String codeAndSignal) {
        if (codeAndSignal == null || !codeAndSignal.matches("\\d+:\\d+")) {
            return null;
        }
        String[] parts = codeAndSignal.split(":");
        int signal = Integer.parseInt(parts[1]);
        return signal != 0 ? 128 + signal : Integer.parseInt(parts[0]);
    }
}
