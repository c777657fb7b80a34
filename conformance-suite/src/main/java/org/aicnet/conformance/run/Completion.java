package org.aicnet.conformance.run;

/**
 * How far a run got: every selected check ran (COMPLETE), the run was cancelled part way (INCOMPLETE: the checks
 * not run are missing or skipped), or the preflight found the set-up unusable and no check ran (NOT_RUN). The reason
 * says what to fix, or why the run stopped; it is empty for a complete run.
 */
public record Completion(State state, String reason) {

    public enum State { COMPLETE, INCOMPLETE, NOT_RUN }

    public static final Completion COMPLETE = new Completion(State.COMPLETE, "");

    public Completion {
        reason = reason == null ? "" : reason;
    }

    public static Completion notRun(String reason) {
        return new Completion(State.NOT_RUN, reason);
    }

    public static Completion cancelled(String reason) {
        return new Completion(State.INCOMPLETE, reason);
    }

    public boolean complete() {
        return state == State.COMPLETE;
    }
}
