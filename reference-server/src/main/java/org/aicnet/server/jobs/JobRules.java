package org.aicnet.server.jobs;

import java.time.Duration;

/**
 * What a platform may choose about running jobs: how it names them ({@link JobIds}) and how long a new job stays
 * PENDING at least, however free the nodes (a queue's admission). {@link #STANDARD} is the reference server's own.
 */
public record JobRules(JobIds ids, Duration pendingAtLeast) {

    public static final JobRules STANDARD = new JobRules(JobIds.STANDARD, Duration.ZERO);
}
