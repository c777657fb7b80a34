package org.aicnet.server.backend.slurm;

import org.aicnet.schemas.standard.JobStatus;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of docs/backends.md: Slurm's job states as those of 6.3.4, and Slurm's code:signal exit codes. */
class SlurmStateTest {

    @Test
    void everySlurmStateHasItsStandardState() {
        Map<String, JobStatus> table = Map.ofEntries(
                Map.entry("PENDING", JobStatus.PENDING), Map.entry("CONFIGURING", JobStatus.PENDING),
                Map.entry("REQUEUED", JobStatus.PENDING), Map.entry("REQUEUE_HOLD", JobStatus.PENDING),
                Map.entry("REQUEUE_FED", JobStatus.PENDING), Map.entry("RESV_DEL_HOLD", JobStatus.PENDING),
                Map.entry("RUNNING", JobStatus.RUNNING), Map.entry("COMPLETING", JobStatus.RUNNING),
                Map.entry("SUSPENDED", JobStatus.RUNNING), Map.entry("STOPPED", JobStatus.RUNNING),
                Map.entry("SIGNALING", JobStatus.RUNNING), Map.entry("STAGE_OUT", JobStatus.RUNNING),
                Map.entry("RESIZING", JobStatus.RUNNING),
                Map.entry("COMPLETED", JobStatus.SUCCEEDED),
                Map.entry("FAILED", JobStatus.FAILED), Map.entry("TIMEOUT", JobStatus.FAILED),
                Map.entry("NODE_FAIL", JobStatus.FAILED), Map.entry("OUT_OF_MEMORY", JobStatus.FAILED),
                Map.entry("BOOT_FAIL", JobStatus.FAILED), Map.entry("DEADLINE", JobStatus.FAILED),
                Map.entry("PREEMPTED", JobStatus.FAILED), Map.entry("SPECIAL_EXIT", JobStatus.FAILED),
                Map.entry("CANCELLED", JobStatus.STOPPED),
                Map.entry("REVOKED", JobStatus.UNKNOWN));
        table.forEach((slurm, standard) -> assertEquals(standard, SlurmState.of(slurm), slurm));
    }

    @Test
    void sacctsCancelledByAUserIsCancelled() {
        assertEquals(JobStatus.STOPPED, SlurmState.of("CANCELLED by 1000"));
        assertEquals("CANCELLED", SlurmState.name("CANCELLED by 1000"));
    }

    @Test
    void aStateNoTableKnowsIsUnknown() {
        assertEquals(JobStatus.UNKNOWN, SlurmState.of("LAUNCH_FAILED"));
        assertFalse(SlurmState.known("LAUNCH_FAILED"));
        assertTrue(SlurmState.known("running"));
    }

    @Test
    void aSignalGivesTheShellsExitCode() {
        assertEquals(0, SlurmState.exitCode("0:0"));
        assertEquals(3, SlurmState.exitCode("3:0"));
        assertEquals(143, SlurmState.exitCode("0:15"), "128 + SIGTERM");
        assertEquals(137, SlurmState.exitCode("0:9"));
        assertNull(SlurmState.exitCode(null));
        assertNull(SlurmState.exitCode("N/A"));
    }
}
