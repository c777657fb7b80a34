package org.aicnet.server.jobs;

import org.aicnet.server.http.Times;
import org.aicnet.server.standard.JobStatus;

/** The response bodies of the online service jobs (A.59, A.60) and of their service address. */
public final class OnlineJobResponses {

    private OnlineJobResponses() {
    }

    /** A.60: {@code url} is the absolute address of the job's service. */
    public record Metadata(String id, String name, String desc, String createTime, String url) {

        static Metadata of(Job job, String url) {
            return new Metadata(job.id(), job.name(), job.desc(), Times.format(job.createTime()), url);
        }
    }

    /** A.59. */
    public record Created(Metadata metadata, JobStatus status) {
    }

    /** What the simulated service answers while its job runs: which job serves, on which port, what was asked. */
    public record ServiceAnswer(String jobId, String name, JobStatus status, Integer port, String method,
                                String path) {
    }
}
