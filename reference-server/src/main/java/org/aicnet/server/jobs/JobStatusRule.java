package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;

import java.util.Collection;

/**
 * Reading R-job-status: a job's status from its tasks'. Any task FAILED: FAILED; any UNKNOWN (its backend lost it):
 * UNKNOWN; all SUCCEEDED: SUCCEEDED; any STOPPED (ended by its backend, not by the user, who stops the whole job):
 * STOPPED; any RUNNING, or some SUCCEEDED while others still run: RUNNING; else PENDING. The scheduler applies the
 * result only where it moves the job forward.
 */
final class JobStatusRule {

    private JobStatusRule() {
    }

    static JobStatus of(Collection<JobStatus> tasks) {
        if (tasks.contains(JobStatus.FAILED)) {
            return JobStatus.FAILED;
        }
        if (tasks.contains(JobStatus.UNKNOWN)) {
            return JobStatus.UNKNOWN;
        }
        if (!tasks.isEmpty() && tasks.stream().allMatch(status -> status == JobStatus.SUCCEEDED)) {
            return JobStatus.SUCCEEDED;
        }
        if (tasks.contains(JobStatus.STOPPED)) {
            return JobStatus.STOPPED;
        }
        if (tasks.contains(JobStatus.RUNNING) || tasks.contains(JobStatus.SUCCEEDED)) {
            return JobStatus.RUNNING;
        }
        return JobStatus.PENDING;
    }
}
