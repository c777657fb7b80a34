package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.config.SpecConfig;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A job as stored. {@code centerId} is the center the scheduler chose for it when it was submitted, among
 * {@code candidateCenters}; {@code placed} tells whether its tasks hold nodes there yet.
 */
public record Job(String id, JobKind kind, String userId, String name, String desc, JobStatus status,
                  LocalDateTime createTime, LocalDateTime stoppedTime, SpecConfig spec, int nodeCount,
                  String imageId, String imageUrl, String command, List<String> candidateCenters, String centerId,
                  boolean placed, Integer servicePort) {
}
