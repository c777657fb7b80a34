package org.aicnet.conformance.jobs;

import org.aicnet.conformance.run.JobUsage;
import org.aicnet.conformance.run.RunContext;
import org.aicnet.schemas.standard.JobFields;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the job checks of one run share: the placement the platform accepted, the scheduler of the shared jobs (which
 * hands every later check the same job, or the same reason it could not be prepared, without asking the platform
 * again) and the checks still to run that need each, the places and the accelerator time the run's jobs take, and
 * the names given.
 */
final class RunJobs {

    private static final String NAME_CHARACTERS = "[^A-Za-z0-9_-]";
    private static final String TAG_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final String tag;
    private final RunContext run;
    private final JobSlots slots;
    private final AcceleratorLedger ledger;
    private FixtureScheduler<SharedJob, TrackedJob> fixtures;
    private Placement placement;
    private final Map<SharedJob, Set<String>> dependents = new EnumMap<>(SharedJob.class);
    private int names;

    private RunJobs(RunContext run) {
        this.run = run;
        this.slots = new JobSlots(run.config().maxJobs());
        this.ledger = new AcceleratorLedger(run.config().acceleratorBudget(), Clock.systemUTC());
        SecureRandom random = new SecureRandom();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            tag.append(TAG_ALPHABET.charAt(random.nextInt(TAG_ALPHABET.length())));
        }
        this.tag = tag.toString();
    }

    static RunJobs of(RunContext run) {
        return run.shared(RunJobs.class, () -> new RunJobs(run));
    }

    /**
     * A new job name: the run id (its characters outside those of A.31 replaced by '-'), the purpose, a number and a
     * tag of this run, so that a run id used twice still gives new names; at most 64 characters (A.31).
     */
    synchronized String newName(String runId, String purpose) {
        String suffix = "-" + purpose + ++names + "-" + tag;
        String prefix = runId.replaceAll(NAME_CHARACTERS, "-");
        int room = JobFields.JOB_NAME_MAX - suffix.length();
        return (prefix.length() > room ? prefix.substring(0, room) : prefix) + suffix;
    }

    synchronized Placement placement() {
        return placement;
    }

    synchronized void placement(Placement placement) {
        this.placement = placement;
    }

    /** The scheduler of the shared jobs, made on first use from {@code definitions}. */
    synchronized FixtureScheduler<SharedJob, TrackedJob> fixtures(
            Supplier<FixtureScheduler.Fixtures<SharedJob, TrackedJob>> definitions) {
        if (fixtures == null) {
            fixtures = new FixtureScheduler<>(definitions.get(), slots, run.config().jobTimeout(),
                    run.config().pollInterval());
        }
        return fixtures;
    }

    /** The checks, by id, that need each shared job; the job is released once they are all over. */
    synchronized void dependents(Map<SharedJob, Set<String>> checks) {
        checks.forEach((job, ids) -> dependents.computeIfAbsent(job, key -> new HashSet<>()).addAll(ids));
    }

    /** A check is over: the shared jobs no check still to run needs are released. */
    void checkOver(String checkId) {
        List<SharedJob> unneeded = new ArrayList<>();
        synchronized (this) {
            dependents.forEach((job, ids) -> {
                if (ids.remove(checkId) && ids.isEmpty()) {
                    unneeded.add(job);
                }
            });
            if (fixtures == null) {
                return;
            }
        }
        unneeded.forEach(fixtures::release);
    }

    AcceleratorLedger ledger() {
        return ledger;
    }

    /** Stops following the shared jobs (the checks are over) and says what the run's jobs used. */
    JobUsage close() {
        synchronized (this) {
            if (fixtures != null) {
                fixtures.close();
            }
        }
        return new JobUsage(ledger.jobs(), slots.peak(), ledger.used(), slots.max(), ledger.budget());
    }
}
