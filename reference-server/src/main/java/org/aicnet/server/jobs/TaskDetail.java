package org.aicnet.server.jobs;

import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.config.CenterConfig;

import java.util.Map;

/**
 * A.44, and the task's own {@code status} (reading R-task-status). Of imageId and imageUrl only the one the job
 * runs is present (A.44: one of the two); a job without a command shows "".
 */
record TaskDetail(String centerId, String centerName, @JsonInclude(Include.NON_NULL) String imageId,
                  @JsonInclude(Include.NON_NULL) String imageUrl, String taskId, String command, String specId,
                  String specName, SpecInfo specInfo, JobStatus status) {

    static TaskDetail of(Job job, Task task, Map<String, CenterConfig> centers) {
        CenterConfig center = centers.get(task.centerId());
        return new TaskDetail(task.centerId(), center == null ? task.centerId() : center.name(), job.imageId(),
                job.imageUrl(), task.taskId(), job.command() == null ? "" : job.command(), job.spec().id(),
                job.spec().name(), SpecInfo.of(job.spec()), task.status());
    }
}
