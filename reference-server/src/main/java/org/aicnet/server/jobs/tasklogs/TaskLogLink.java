package org.aicnet.server.jobs.tasklogs;

/** A.48: the temporary link to a task's log. */
public record TaskLogLink(String logUrl) {
}
