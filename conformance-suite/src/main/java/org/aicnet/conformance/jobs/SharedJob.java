package org.aicnet.conformance.jobs;

/**
 * The jobs a run creates once and several checks read, so that the run creates few jobs and waits little. Checks
 * that change a job (stop it, delete it) create their own; the token checks, whose requests a faulty platform may
 * serve, have jobs of their own kind.
 */
public enum SharedJob {
    SUCCEEDED("the training job that ran the succeeding command"),
    FAILED("the training job that ran the failing command"),
    RUNNING("the training job that runs the long command"),
    STOPPED("the training job stopped while it ran the long command"),
    TWO_NODES("the training job on two nodes that ran the succeeding command"),
    ONLINE("the online job that names its center"),
    ONLINE_SCHEDULED("the online job left to the scheduler, named like a training job"),
    /** The token checks act on it with tokens the platform must refuse; one the platform serves changes it. */
    TOKEN_RUNNING("the running training job the token checks name"),
    TOKEN_SUCCEEDED("the succeeded training job the token checks name"),
    /** Jobs of one check alone, submitted early like the others, taken by the one check that asks (see Jobs#own). */
    OWN_SUCCEEDED("a new training job of one check that ran the succeeding command"),
    OWN_FAILED("a new training job of one check that ran the failing command");

    private final String description;

    SharedJob(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
