package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.http.TimeRange;

/**
 * Which jobs a list holds: the user and the kind they belong to (GET /trainjob: the caller's training jobs, 7.4.2),
 * and the filters of A.36; each exact and null when not given: the center the job runs in, the processor type of
 * its spec, its status and its create time.
 */
public record JobFilter(String userId, JobKind kind, String centerId, String processor, JobStatus status,
                        TimeRange created) {
}
