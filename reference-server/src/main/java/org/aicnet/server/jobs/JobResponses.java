package org.aicnet.server.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.config.CpuConfig;
import org.aicnet.server.config.MemoryConfig;
import org.aicnet.server.config.ProcessorConfig;
import org.aicnet.server.config.SpecConfig;
import org.aicnet.server.http.Page;
import org.aicnet.server.http.Times;
import org.aicnet.server.standard.JobStatus;

import java.util.List;
import java.util.Map;

/** The response bodies of the training job endpoints; record components are the field names of annex A. */
public final class JobResponses {

    private JobResponses() {
    }

    /** A.34, A.39, A.43. */
    public record Metadata(String id, String name, String desc, String createTime, String userId) {

        static Metadata of(Job job) {
            return new Metadata(job.id(), job.name(), job.desc(), Times.format(job.createTime()), job.userId());
        }
    }

    /** A.33 and A.38: a job as created and as listed. */
    public record Summary(Metadata metadata, JobStatus status) {

        static Summary of(Job job) {
            return new Summary(Metadata.of(job), job.status());
        }
    }

    /** A.37. */
    public record JobList(List<Summary> items, long totalSize) {

        static JobList of(Page<Job> page) {
            return new JobList(page.items().stream().map(Summary::of).toList(), page.totalSize());
        }
    }

    /** A.45: the spec as its task runs it. */
    public record SpecInfo(CpuConfig cpu, ProcessorConfig processor, MemoryConfig memory) {

        static SpecInfo of(SpecConfig spec) {
            return new SpecInfo(spec.cpu(), spec.processor(), spec.memory());
        }
    }

    /**
     * A.44, and the task's own {@code status} (reading R-task-status). Of imageId and imageUrl only the one the job
     * runs is present (A.44: one of the two); a job without a command shows "".
     */
    public record TaskDetail(String centerId, String centerName, @JsonInclude(Include.NON_NULL) String imageId,
                             @JsonInclude(Include.NON_NULL) String imageUrl, String taskId, String command,
                             String specId, String specName, SpecInfo specInfo, JobStatus status) {

        static TaskDetail of(Job job, Task task, Map<String, CenterConfig> centers) {
            CenterConfig center = centers.get(task.centerId());
            return new TaskDetail(task.centerId(), center == null ? task.centerId() : center.name(), job.imageId(),
                    job.imageUrl(), task.taskId(), job.command() == null ? "" : job.command(), job.spec().id(),
                    job.spec().name(), SpecInfo.of(job.spec()), task.status());
        }
    }

    /** A.42. */
    public record Detail(Metadata metadata, JobStatus status, List<TaskDetail> tasks) {

        static Detail of(Job job, List<Task> tasks, Map<String, CenterConfig> centers) {
            return new Detail(Metadata.of(job), job.status(),
                    tasks.stream().map(task -> TaskDetail.of(job, task, centers)).toList());
        }
    }

    /** A.51. */
    public record Stopped(String id, JobStatus status, String stoppedTime) {

        static Stopped of(Job job) {
            return new Stopped(job.id(), job.status(), Times.format(job.stoppedTime()));
        }
    }
}
