package org.aicnet.schemas.standard;

/** 6.3.4, table 4: the states of a job (and, in this server, of a task). */
public enum JobStatus {
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    STOPPED,
    UNKNOWN;

    /** 7.4.5: only pending and running jobs can be stopped. */
    public boolean stoppable() {
        return this == PENDING || this == RUNNING;
    }

    /** 7.4.6: only succeeded, failed, stopped and unknown jobs can be deleted. */
    public boolean deletable() {
        return !stoppable();
    }

    /**
     * A state the job or task never leaves. UNKNOWN is one in this server: once a backend has lost a task, nothing
     * it says later is trusted, and the job can only be deleted.
     */
    public boolean finished() {
        return !stoppable();
    }

    /** A state never moves backwards: PENDING may become anything else, RUNNING a finished state, finished nothing. */
    public boolean canBecome(JobStatus next) {
        return switch (this) {
            case PENDING -> next != PENDING;
            case RUNNING -> next.finished();
            default -> false;
        };
    }
}
