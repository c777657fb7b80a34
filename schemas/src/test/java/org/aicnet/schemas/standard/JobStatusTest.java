package org.aicnet.schemas.standard;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.aicnet.schemas.standard.JobStatus.FAILED;
import static org.aicnet.schemas.standard.JobStatus.PENDING;
import static org.aicnet.schemas.standard.JobStatus.RUNNING;
import static org.aicnet.schemas.standard.JobStatus.STOPPED;
import static org.aicnet.schemas.standard.JobStatus.SUCCEEDED;
import static org.aicnet.schemas.standard.JobStatus.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 7.4.5, 7.4.6 and the forward-only rule of job and task states. */
class JobStatusTest {

    @Test
    void onlyPendingAndRunningJobsStopAndAllOthersDelete() {
        assertEquals(EnumSet.of(PENDING, RUNNING), matching(JobStatus::stoppable));
        assertEquals(EnumSet.of(SUCCEEDED, FAILED, STOPPED, UNKNOWN), matching(JobStatus::deletable));
        assertEquals(EnumSet.of(SUCCEEDED, FAILED, STOPPED, UNKNOWN), matching(JobStatus::finished));
    }

    @Test
    void aStateNeverMovesBackwards() {
        assertEquals(EnumSet.of(RUNNING, SUCCEEDED, FAILED, STOPPED, UNKNOWN), next(PENDING));
        assertEquals(EnumSet.of(SUCCEEDED, FAILED, STOPPED, UNKNOWN), next(RUNNING));
        for (JobStatus finished : EnumSet.of(SUCCEEDED, FAILED, STOPPED, UNKNOWN)) {
            assertEquals(EnumSet.noneOf(JobStatus.class), next(finished), finished.name());
        }
    }

    private static Set<JobStatus> next(JobStatus from) {
        return matching(from::canBecome);
    }

    private static Set<JobStatus> matching(java.util.function.Predicate<JobStatus> test) {
        Set<JobStatus> matching = EnumSet.noneOf(JobStatus.class);
        for (JobStatus status : JobStatus.values()) {
            if (test.test(status)) {
                matching.add(status);
            }
        }
        return matching;
    }
}
