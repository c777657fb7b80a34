package org.aicnet.server.jobs;

import org.aicnet.server.http.TimeRange;
import org.aicnet.server.standard.JobStatus;

/**
 * The filters of A.36, each exact and null when not given: the center the job runs in, the processor type of
 * its spec, its status and its create time.
 */
public record JobFilter(String centerId, String processor, JobStatus status, TimeRange created) {
}
