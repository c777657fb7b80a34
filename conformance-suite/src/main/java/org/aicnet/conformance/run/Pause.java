package org.aicnet.conformance.run;

import org.aicnet.conformance.KitError;

import java.time.Duration;

/**
 * The kit's one way to wait between two looks at the platform: a pause of the given length. An interrupt (the run
 * cancelled, the checks over) ends the wait as the kit's problem (ERROR), the thread's interrupt kept.
 */
public final class Pause {

    private Pause() {
    }

    /** Waits {@code duration}; {@code forWhat} says in the error what the wait was for, e.g. "for a job". */
    public static void of(Duration duration, String forWhat) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KitError("interrupted while waiting " + forWhat);
        }
    }
}
