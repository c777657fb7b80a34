package org.aicnet.conformance.report;

/** The sentences every format states alike: the roll-up rule, what the badge counts, what an exit code means. */
public final class ReportWording {

    public static final String ROLL_UP = "any FAIL gives FAIL, else any ERROR gives ERROR, else only SKIP (or no "
            + "check) gives SKIP, else PASS";

    /** What the badge's numbers count. */
    public static final String BADGE_COUNTS = "mandatory checks passed / mandatory checks run (run = not skipped)";

    /** Where the levels come from (reading R-levels), so that a reader knows what "mandatory" means. */
    public static final String LEVELS = "levels follow reading R-levels: every parameter, value and default of annex A"
            + " that a caller may leave out (否) is still a mandatory obligation of the platform when sent or left out;"
            + " optional is only what the standard or a reading leaves to the platform; only mandatory checks decide"
            + " the verdict and the exit code";

    private ReportWording() {
    }

    /** One sentence on how far the run got; empty for a complete run. */
    public static String completion(org.aicnet.conformance.run.Completion completion) {
        return switch (completion.state()) {
            case COMPLETE -> "";
            case NOT_RUN -> "Not run: the preflight found the set-up unusable, no check ran: " + completion.reason();
            case INCOMPLETE -> "Incomplete: " + completion.reason();
        };
    }

    /** What the run's jobs used, in one sentence, against the limits set. */
    public static String jobUsage(org.aicnet.conformance.run.JobUsage usage) {
        return usage.jobsSubmitted() + " job(s) submitted, at most " + usage.peakConcurrentJobs()
                + " at once by the job scheduler (--max-jobs " + usage.maxJobs() + "), accelerator time "
                + usage.acceleratorTime() + " as observed (nodes x accelerators x running time; budget "
                + usage.acceleratorBudget().map(Object::toString).orElse("none") + ")";
    }

    /** What the runner's exit code says (see RunResult.exitCode()). */
    public static String exitCode(int exitCode) {
        return switch (exitCode) {
            case 0 -> "no mandatory check failed or errored";
            case 1 -> "a mandatory check failed";
            case 2 -> "a mandatory check errored, no check ran, or the kit could not finish";
            case 130 -> "the run was cancelled: the report is incomplete";
            default -> "unknown exit code";
        };
    }

    /** What the Advisories section of every format says of itself. */
    public static final String ADVISORIES = "What the standard does not ask but a security reviewer would note; "
            + "not part of any verdict, and no check passes or fails on it.";
}
