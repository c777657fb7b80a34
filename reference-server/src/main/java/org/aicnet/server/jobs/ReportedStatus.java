package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.backend.TaskStatus;

/** A task's status as its backend reports it, in the states of 6.3.4 (table 4) the server's jobs and tasks have. */
final class ReportedStatus {

    private ReportedStatus() {
    }

    static JobStatus of(TaskStatus reported) {
        return switch (reported) {
            case PENDING -> JobStatus.PENDING;
            case RUNNING -> JobStatus.RUNNING;
            case SUCCEEDED -> JobStatus.SUCCEEDED;
            case FAILED -> JobStatus.FAILED;
            case STOPPED -> JobStatus.STOPPED;
            case UNKNOWN -> JobStatus.UNKNOWN;
        };
    }
}
