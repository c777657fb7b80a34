package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.standard.Times;

/** A.51. */
public record StoppedJob(String id, JobStatus status, String stoppedTime) {

    static StoppedJob of(Job job) {
        return new StoppedJob(job.id(), job.status(), Times.format(job.stoppedTime()));
    }
}
