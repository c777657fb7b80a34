package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;

/** What the service of a running online job answers: which job serves, on which port, what was asked. */
record ServiceAnswer(String jobId, String name, JobStatus status, Integer port, String method, String path) {
}
