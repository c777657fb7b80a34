package org.aicnet.server.backend;

/** What a backend knows of one task: its state, its exit code once finished, and a reason a person can read. */
public record TaskState(TaskStatus status, Integer exitCode, String reason) {

    public static TaskState of(TaskStatus status) {
        return new TaskState(status, null, null);
    }

    public static TaskState unknown() {
        return new TaskState(TaskStatus.UNKNOWN, null, "the backend no longer knows this task");
    }
}
