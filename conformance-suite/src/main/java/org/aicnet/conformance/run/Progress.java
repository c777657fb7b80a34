package org.aicnet.conformance.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a run stands, for a person following it: the check that runs, the jobs the run follows with the state each
 * was last seen in (marked where the check waits for one), how many checks are done of how many, the time elapsed
 * and an estimate of the time left (the mean time of a check so far times the checks left).
 */
public final class Progress {

    private final Instant started;
    private final Map<String, String> jobs = new TreeMap<>();
    private int total;
    private int done;
    private String check;
    private String awaited;

    public Progress(Instant started) {
        this.started = started;
    }

    synchronized void total(int checks) {
        total = checks;
    }

    synchronized void checkStarted(String name) {
        check = name;
        awaited = null;
    }

    synchronized void checkFinished() {
        done++;
        check = null;
        awaited = null;
    }

    /** A job the run follows was seen in {@code state}. */
    public synchronized void job(String name, String state) {
        jobs.put(name, state);
    }

    /** The run no longer follows the job. */
    public synchronized void jobLeft(String name) {
        jobs.remove(name);
    }

    /** The running check waits for this (a job, or a shared job being prepared); null: it waits no more. */
    public synchronized void awaiting(String what) {
        awaited = what;
    }

    /** The line of the moment, e.g. "12/420 checks · 1m05s elapsed · about 3m20s left · ...". */
    public synchronized String line(Instant now) {
        Duration elapsed = Duration.between(started, now);
        StringBuilder line = new StringBuilder().append(done).append('/').append(total).append(" checks · ")
                .append(human(elapsed)).append(" elapsed · ");
        if (done == 0 || total <= done) {
            line.append(total <= done && done > 0 ? "finishing" : "time left not known yet");
        } else {
            line.append("about ").append(human(elapsed.multipliedBy(total - done).dividedBy(done))).append(" left");
        }
        if (check != null) {
            line.append(" · now: ").append(check);
        }
        if (awaited != null) {
            line.append(" · waits for ").append(awaited);
        }
        if (!jobs.isEmpty()) {
            StringBuilder states = new StringBuilder();
            jobs.forEach((name, state) -> states.append(states.length() == 0 ? "" : ", ").append(name).append(' ')
                    .append(state));
            line.append(" · jobs: ").append(states);
        }
        return line.toString();
    }

    static String human(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds >= 3600 ? String.format("%dh%02dm", seconds / 3600, seconds / 60 % 60)
                : seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
}
