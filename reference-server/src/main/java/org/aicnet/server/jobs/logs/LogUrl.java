package org.aicnet.server.jobs.logs;

/** A.48: the temporary link to a task's log. */
public record LogUrl(String logUrl) {
}
