package org.aicnet.conformance.report;

import org.aicnet.conformance.run.Outcome;

/**
 * The verdict on a requirement or a clause: the roll-up of its checks' outcomes, or NOT_CHECKED when no check of
 * this run covers it.
 */
public enum Status {
    PASS,
    FAIL,
    ERROR,
    SKIP,
    NOT_CHECKED;

    public static Status of(Outcome outcome) {
        return valueOf(outcome.name());
    }
}
