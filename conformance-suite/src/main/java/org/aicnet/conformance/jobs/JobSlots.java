package org.aicnet.conformance.jobs;

import org.aicnet.conformance.run.KitError;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The places of {@code --max-jobs}: a job of the job scheduler takes one before it is submitted and gives it back once
 * it is seen ended, first come first served; the most places taken at once is reported.
 */
final class JobSlots {

    private final int max;
    private final Semaphore places;
    private int taken;
    private int peak;

    JobSlots(int max) {
        this.max = max;
        this.places = new Semaphore(max, true);
    }

    /** Takes a place, waiting at most {@code patience} for one; waiting longer is the kit's problem (ERROR). */
    void take(Duration patience) throws InterruptedException {
        if (!places.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new KitError("no room for another job within " + patience + ": the run already has " + max
                    + " jobs, as many as --max-jobs allows");
        }
        synchronized (this) {
            taken++;
            peak = Math.max(peak, taken);
        }
    }

    void give() {
        synchronized (this) {
            taken--;
        }
        places.release();
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
