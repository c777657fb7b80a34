package org.aicnet.server.jobs;

import org.aicnet.server.standard.Times;

/** A.34, A.39, A.43: a training job's metadata, the same when created, listed and detailed. */
record JobMetadata(String id, String name, String desc, String createTime, String userId) {

    static JobMetadata of(Job job) {
        return new JobMetadata(job.id(), job.name(), job.desc(), Times.format(job.createTime()), job.userId());
    }
}
