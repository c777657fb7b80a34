package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;

/** A.59. */
record OnlineJobCreated(OnlineJobMetadata metadata, JobStatus status) {
}
