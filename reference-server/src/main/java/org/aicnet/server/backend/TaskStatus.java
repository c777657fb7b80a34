package org.aicnet.server.backend;

/** The state of one task as its backend reports it: the six states of a job of 6.3.4 (table 4). */
public enum TaskStatus {
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    STOPPED,
    UNKNOWN;

    /** A state the task never leaves: all but pending and running. */
    public boolean finished() {
        return this != PENDING && this != RUNNING;
    }
}
