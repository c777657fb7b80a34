package org.aicnet.conformance.run;

import java.time.Duration;
import java.util.Optional;

/**
 * What the run's jobs used, as the kit observed them, against the limits the vendor set: the jobs the platform
 * accepted, the most jobs the kit's job scheduler had at once (at most {@code maxJobs}), and the accelerator time:
 * for each job, nodes x accelerators of its spec x the time from when it was first seen running (or, never looked at
 * again, from its creation) until it was first seen ended (or, never seen ended, until the checks were over).
 */
public record JobUsage(int jobsSubmitted, int peakConcurrentJobs, Duration acceleratorTime, int maxJobs,
                       Optional<Duration> acceleratorBudget) {

    /** A run that created no job (a listing, a run stopped by the preflight). */
    public static JobUsage none(int maxJobs, Optional<Duration> budget) {
        return new JobUsage(0, 0, Duration.ZERO, maxJobs, budget);
    }
}
