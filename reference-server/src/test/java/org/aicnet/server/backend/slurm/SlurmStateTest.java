package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.TaskStatus;
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
        Map<String, TaskStatus> table = Map.ofEntries(
                Map.entry("PENDING", TaskStatus.PENDING), Map.entry("CONFIGURING", TaskStatus.PENDING),
                Map.entry("REQUEUED", TaskStatus.PENDING), Map.entry("REQUEUE_HOLD", TaskStatus.PENDING),
                Map.entry("REQUEUE_FED", TaskStatus.PENDING), Map.entry("RESV_DEL_HOLD", TaskStatus.PENDING),
                Map.entry("RUNNING", TaskStatus.RUNNING), Map.entry("COMPLETING", TaskStatus.RUNNING),
                Map.entry("SUSPENDED", TaskStatus.RUNNING), Map.entry("STOPPED", TaskStatus.RUNNING),
                Map.entry("SIGNALING", TaskStatus.RUNNING), Map.entry("STAGE_OUT", TaskStatus.RUNNING),
                Map.entry("RESIZING", TaskStatus.RUNNING),
                Map.entry("COMPLETED", TaskStatus.SUCCEEDED),
                Map.entry("FAILED", TaskStatus.FAILED), Map.entry("TIMEOUT", TaskStatus.FAILED),
                Map.entry("NODE_FAIL", TaskStatus.FAILED), Map.entry("OUT_OF_MEMORY", TaskStatus.FAILED),
                Map.entry("BOOT_FAIL", TaskStatus.FAILED), Map.entry("DEADLINE", TaskStatus.FAILED),
                Map.entry("PREEMPTED", TaskStatus.FAILED), Map.entry("SPECIAL_EXIT", TaskStatus.FAILED),
                Map.entry("CANCELLED", TaskStatus.STOPPED),
                Map.entry("REVOKED", TaskStatus.UNKNOWN));
        table.forEach((slurm, standard) -> assertEquals(standard, SlurmState.of(slurm), slurm));
    }

    @Test
    void sacctsCancelledByAUserIsCancelled() {
        assertEquals(TaskStatus.STOPPED, SlurmState.of("CANCELLED by 1000"));
        assertEquals("CANCELLED", SlurmState.name("CANCELLED by 1000"));
    }

    @Test
    void aStateNoTableKnowsIsUnknown() {
        assertEquals(TaskStatus.UNKNOWN, SlurmState.of("LAUNCH_FAILED"));
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
