package org.aicnet.conformance.run;

/**
 * The cancel of a run (SIGTERM, Ctrl-C): once cancelled, no further check starts, the check in progress is woken
 * from its waits (its thread is interrupted), and the run goes on to its cleanup and its reports, marked incomplete.
 */
public final class Cancellation {

    private volatile String reason;
    private volatile Thread worker;

    /** Cancels the run; the first reason given is kept. */
    public synchronized void cancel(String why) {
        if (reason != null) {
            return;
        }
        reason = why;
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    public boolean cancelled() {
        return reason != null;
    }

    /** Why the run was cancelled, e.g. "cancelled by SIGTERM"; null while it is not. */
    public String reason() {
        return reason;
    }

    /** The checks run on the calling thread from now until {@link #stopWorking()}. */
    synchronized void working() {
        worker = Thread.currentThread();
        if (reason != null) {
            worker.interrupt();
        }
    }

    /** The checks are over: no more interrupts, and the interrupt of a cancel is cleared so that cleanup can wait. */
    synchronized void stopWorking() {
        worker = null;
        Thread.interrupted();
    }
}
