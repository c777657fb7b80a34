package org.aicnet.server.jobs;

import org.aicnet.server.standard.Times;

/** A.60: an online job's metadata; {@code url} is the absolute address of its service. */
record OnlineJobMetadata(String id, String name, String desc, String createTime, String url) {

    static OnlineJobMetadata of(Job job, String url) {
        return new OnlineJobMetadata(job.id(), job.name(), job.desc(), Times.format(job.createTime()), url);
    }
}
