package org.aicnet.conformance.jobs;

import org.aicnet.conformance.platform.Standard;
import org.aicnet.conformance.run.RunContext;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the job checks of one run share: the placement the platform accepted, the shared jobs (or why one could not
 * be prepared: every later check gets the same answer without asking the platform again), and the names given.
 */
final class RunJobs {

    private static final String NAME_CHARACTERS = "[^A-Za-z0-9_-]";
    private static final String TAG_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Map<SharedJob, TrackedJob> jobs = new EnumMap<>(SharedJob.class);
    private final Map<SharedJob, Throwable> failures = new EnumMap<>(SharedJob.class);
    private final String tag;
    private Placement placement;
    private int names;

    private RunJobs() {
        SecureRandom random = new SecureRandom();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            tag.append(TAG_ALPHABET.charAt(random.nextInt(TAG_ALPHABET.length())));
        }
        this.tag = tag.toString();
    }

    static RunJobs of(RunContext run) {
        return run.shared(RunJobs.class, RunJobs::new);
    }

    /**
     * A new job name: the run id (its characters outside those of A.31 replaced by '-'), the purpose, a number and a
     * tag of this run, so that a run id used twice still gives new names; at most 64 characters (A.31).
     */
    synchronized String newName(String runId, String purpose) {
        String suffix = "-" + purpose + ++names + "-" + tag;
        String prefix = runId.replaceAll(NAME_CHARACTERS, "-");
        int room = Standard.JOB_NAME_MAX - suffix.length();
        return (prefix.length() > room ? prefix.substring(0, room) : prefix) + suffix;
    }

    synchronized Placement placement() {
        return placement;
    }

    synchronized void placement(Placement placement) {
        this.placement = placement;
    }

    synchronized Optional<TrackedJob> job(SharedJob which) {
        return Optional.ofNullable(jobs.get(which));
    }

    synchronized void job(SharedJob which, TrackedJob job) {
        jobs.put(which, job);
    }

    /** Makes a job of a check the shared one, where none was prepared yet. */
    synchronized void offer(SharedJob which, TrackedJob job) {
        if (!jobs.containsKey(which) && !failures.containsKey(which)) {
            jobs.put(which, job);
        }
    }

    synchronized Optional<Throwable> failure(SharedJob which) {
        return Optional.ofNullable(failures.get(which));
    }

    synchronized void failure(SharedJob which, Throwable failure) {
        failures.put(which, failure);
    }
}
