package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.config.CenterConfig;

import java.util.List;
import java.util.Map;

/** A.42: a job with its tasks. */
record JobDetail(JobMetadata metadata, JobStatus status, List<TaskDetail> tasks) {

    static JobDetail of(Job job, List<Task> tasks, Map<String, CenterConfig> centers) {
        return new JobDetail(JobMetadata.of(job), job.status(),
                tasks.stream().map(task -> TaskDetail.of(job, task, centers)).toList());
    }
}
