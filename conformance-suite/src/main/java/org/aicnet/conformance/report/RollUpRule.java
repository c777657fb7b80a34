package org.aicnet.conformance.report;

/** The roll-up rule of {@link org.aicnet.conformance.run.Outcome#rollUp}, in words, as every format states it. */
final class RollUpRule {

    static final String TEXT = "any FAIL gives FAIL, else any ERROR gives ERROR, else only SKIP (or no check) gives "
            + "SKIP, else PASS";

    /** What the badge's numbers count. */
    static final String BADGE_COUNTS = "mandatory checks passed / mandatory checks run (run = not skipped)";

    private RollUpRule() {
    }
}
