package org.aicnet.server.jobs;

import org.aicnet.server.config.SpecConfig;
import org.aicnet.server.standard.JobStatus;

import java.time.LocalDateTime;
import java.util.List;

/** A job as stored; {@code centerId} is the center its tasks were placed in, null while it waits for room. */
public record Job(String id, JobKind kind, String userId, String name, String desc, JobStatus status,
                  LocalDateTime createTime, LocalDateTime stoppedTime, SpecConfig spec, int nodeCount,
                  String imageId, String imageUrl, String command, List<String> candidateCenters, String centerId,
                  Integer servicePort) {

    public boolean placed() {
        return centerId != null;
    }
}
