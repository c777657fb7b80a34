package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;

/** A.33 and A.38: a job as created and as listed. */
record JobSummary(JobMetadata metadata, JobStatus status) {

    static JobSummary of(Job job) {
        return new JobSummary(JobMetadata.of(job), job.status());
    }
}
