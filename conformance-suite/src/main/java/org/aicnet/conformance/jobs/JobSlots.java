package org.aicnet.conformance.jobs;

/**
 * The places of {@code --max-jobs}: a job of the job scheduler takes one before it is submitted and gives it back once
 * it is seen ended or released; a place is taken only while {@code kept} more stay free (for the job of the check in
 * progress). The most places taken at once is reported.
 */
final class JobSlots {

    private final int max;
    private int taken;
    private int peak;

    JobSlots(int max) {
        this.max = max;
    }

    /** Takes a place where {@code kept} more stay free after it; false, taking nothing, where they would not. */
    synchronized boolean tryTake(int kept) {
        if (!free(kept)) {
            return false;
        }
        taken++;
        peak = Math.max(peak, taken);
        return true;
    }

    /** Whether a place could be taken with {@code kept} more staying free. */
    synchronized boolean free(int kept) {
        return taken + 1 + kept <= max;
    }

    synchronized void give() {
        taken--;
    }

    synchronized int taken() {
        return taken;
    }

    synchronized int peak() {
        return peak;
    }

    int max() {
        return max;
    }
}
