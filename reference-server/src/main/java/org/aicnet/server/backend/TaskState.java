package org.aicnet.server.backend;

import org.aicnet.schemas.standard.JobStatus;

/** What a backend knows of one task: its state, its exit code once finished, and a reason a person can read. */
public record TaskState(JobStatus status, Integer exitCode, String reason) {

    public static TaskState of(JobStatus status) {
        return new TaskState(status, null, null);
    }

    public static TaskState unknown() {
        return new TaskState(JobStatus.UNKNOWN, null, "the backend no longer knows this task");
    }
}
