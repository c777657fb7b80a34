package org.aicnet.server.jobs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.aicnet.schemas.standard.JobStatus.FAILED;
import static org.aicnet.schemas.standard.JobStatus.PENDING;
import static org.aicnet.schemas.standard.JobStatus.RUNNING;
import static org.aicnet.schemas.standard.JobStatus.STOPPED;
import static org.aicnet.schemas.standard.JobStatus.SUCCEEDED;
import static org.aicnet.schemas.standard.JobStatus.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading R-job-status: a job's status from its tasks'. */
class JobStatusRuleTest {

    @Test
    void anyFailedTaskFailsTheJob() {
        assertEquals(FAILED, JobStatusRule.of(List.of(SUCCEEDED, FAILED, RUNNING)));
        assertEquals(FAILED, JobStatusRule.of(List.of(UNKNOWN, FAILED)));
    }

    @Test
    void aTaskTheBackendLostMakesTheJobUnknown() {
        assertEquals(UNKNOWN, JobStatusRule.of(List.of(RUNNING, UNKNOWN)));
    }

    @Test
    void allSucceededSucceeds() {
        assertEquals(SUCCEEDED, JobStatusRule.of(List.of(SUCCEEDED, SUCCEEDED)));
    }

    @Test
    void aTaskStoppedByItsBackendStopsTheJob() {
        assertEquals(STOPPED, JobStatusRule.of(List.of(SUCCEEDED, STOPPED)));
    }

    @Test
    void anyRunningTaskOrSomeDoneRunsTheJob() {
        assertEquals(RUNNING, JobStatusRule.of(List.of(PENDING, RUNNING)));
        assertEquals(RUNNING, JobStatusRule.of(List.of(SUCCEEDED, PENDING)));
    }

    @Test
    void otherwisePending() {
        assertEquals(PENDING, JobStatusRule.of(List.of(PENDING, PENDING)));
        assertEquals(PENDING, JobStatusRule.of(List.of()));
    }
}
