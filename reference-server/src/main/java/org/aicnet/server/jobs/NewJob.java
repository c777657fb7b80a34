package org.aicnet.server.jobs;

import org.aicnet.server.config.SpecConfig;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A job request that passed every check of A.31/A.32 (A.57/A.58): the spec it runs, the centers the scheduler may
 * place it in (in order of preference), and, for an online job, the port its service listens on.
 */
public record NewJob(JobKind kind, String userId, String name, String desc, SpecConfig spec, int nodeCount,
                     String imageId, String imageUrl, String command, List<String> candidateCenters,
                     Integer servicePort, LocalDateTime createTime) {
}
