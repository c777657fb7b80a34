package org.aicnet.conformance.run;

import java.util.Collection;

/**
 * The verdict of one check. FAIL: the platform answered wrongly. ERROR: the kit could not finish the check (network
 * failure, no answer in time, bad configuration); never reported as FAIL nor as PASS. SKIP: not applicable or not
 * configured, with the reason.
 */
public enum Outcome {
    PASS,
    FAIL,
    ERROR,
    SKIP;

    /** The roll-up of several outcomes: any FAIL gives FAIL, else any ERROR gives ERROR, else only SKIP gives SKIP. */
    public static Outcome rollUp(Collection<Outcome> outcomes) {
        if (outcomes.contains(FAIL)) {
            return FAIL;
        }
        if (outcomes.contains(ERROR)) {
            return ERROR;
        }
        if (outcomes.isEmpty() || outcomes.stream().allMatch(outcome -> outcome == SKIP)) {
            return SKIP;
        }
        return PASS;
    }
}
