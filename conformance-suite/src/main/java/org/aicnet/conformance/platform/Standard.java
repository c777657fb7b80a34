package org.aicnet.conformance.platform;

import org.aicnet.schemas.standard.JobStatus;

import java.util.Arrays;
import java.util.List;

/**
 * The suite's own reading of T/AI 123.8's vocabulary, beside what org.aicnet.schemas.standard holds for both
 * modules (paths, list queries, job fields, B.1, the time format): the job states of 6.3.4 as the strings the
 * suite compares.
 */
public final class Standard {

    // 6.3.4 job states; 7.4.5: only pending and running jobs stop; the states a job ends in when it has run.
    public static final List<String> JOB_STATES = Arrays.stream(JobStatus.values()).map(Enum::name).toList();
    public static final List<String> STOPPABLE_STATES = Arrays.stream(JobStatus.values())
            .filter(JobStatus::stoppable).map(Enum::name).toList();
    public static final List<String> FINAL_STATES = List.of(JobStatus.SUCCEEDED.name(), JobStatus.FAILED.name(),
            JobStatus.STOPPED.name());

    private Standard() {
    }
}
