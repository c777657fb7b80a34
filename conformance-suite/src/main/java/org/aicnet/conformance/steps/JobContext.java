package org.aicnet.conformance.steps;

import org.aicnet.conformance.jobs.TrackedJob;

/** What the job steps of one check share: the job the check is about and the log link it was given. */
public final class JobContext {

    private TrackedJob job;
    private String logLink;

    public TrackedJob job() {
        if (job == null) {
            throw new IllegalStateException("kit defect: a step reads the job before any step named one");
        }
        return job;
    }

    public void job(TrackedJob job) {
        this.job = job;
    }

    public String taskLogLink() {
        if (logLink == null) {
            throw new IllegalStateException("kit defect: a step opens a log link before any was given");
        }
        return logLink;
    }

    public void taskLogLink(String logLink) {
        this.logLink = logLink;
    }
}
