package org.aicnet.conformance.jobs;

import org.aicnet.conformance.check.World;
import org.aicnet.conformance.run.RunContext;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the scheduler makes the shared jobs: each through a client of its own, whose exchanges the checks that use the
 * job carry as evidence; the succeeding job first, since it finds the placement every other job is created on; the
 * jobs that end before those that keep running. A job is admitted only where GET /resource/idle shows room on the
 * placement's center for it, for the shared jobs admitted but not yet seen past PENDING (a platform may show a queued
 * job's nodes idle), and for one more job, a check's own: the checks that need a fresh job of their own can always
 * be placed. A released training job is stopped and deleted; an online job cannot be (annex A has no endpoint).
 */
final class SharedJobFixtures implements FixtureScheduler.Fixtures<SharedJob, TrackedJob> {

    private static final Set<SharedJob> ENDING = EnumSet.of(SharedJob.SUCCEEDED, SharedJob.FAILED,
            SharedJob.STOPPED, SharedJob.TWO_NODES, SharedJob.TOKEN_SUCCEEDED, SharedJob.OWN_SUCCEEDED,
            SharedJob.OWN_FAILED);
    /** Room kept on the platform for the job a check creates itself. */
    private static final long KEPT_FOR_A_CHECK = 1;

    private final RunContext run;
    private final Map<SharedJob, Jobs> preparers = new ConcurrentHashMap<>();
    private final Map<SharedJob, Optional<TrackedJob>> admitted = new ConcurrentHashMap<>();
    private final Jobs looker;

    SharedJobFixtures(RunContext run) {
        this.run = run;
        this.looker = new Jobs(World.unrecorded(run));
    }

    /** Whether the shared job ends by itself (its scheduler follows it there) or keeps running. */
    static boolean ends(SharedJob which) {
        return ENDING.contains(which);
    }

    /** The jobs in the order they are best submitted: the placement's job, the ending ones, the others. */
    static List<SharedJob> inOrder(Collection<SharedJob> needed) {
        EnumSet<SharedJob> all = needed.isEmpty() ? EnumSet.noneOf(SharedJob.class) : EnumSet.copyOf(needed);
        if (!all.isEmpty()) {
            all.add(SharedJob.SUCCEEDED);
        }
        return all.stream().sorted(Comparator.comparing((SharedJob job) -> job != SharedJob.SUCCEEDED)
                .thenComparing(job -> !ends(job)).thenComparing(Enum::ordinal)).toList();
    }

    /** Where the exchanges of the shared job's preparation are kept. */
    static String evidenceId(SharedJob which) {
        return "shared job " + which.name();
    }

    @Override
    public Optional<SharedJob> dependsOn(SharedJob which) {
        return which == SharedJob.SUCCEEDED ? Optional.empty() : Optional.of(SharedJob.SUCCEEDED);
    }

    /** The succeeding job goes first, as a run one check after another would create it; the others where room is. */
    @Override
    public boolean admit(SharedJob which) {
        Placement placement = RunJobs.of(run).placement();
        if (which != SharedJob.SUCCEEDED) {
            if (placement == null) {
                return false;
            }
            long room = IdleRoom.jobsOfSpec(looker.idle(placement), placement);
            if (room < nodes(which) + notSeenPlaced() + KEPT_FOR_A_CHECK) {
                return false;
            }
        }
        admitted.put(which, Optional.empty());
        return true;
    }

    @Override
    public TrackedJob prepare(SharedJob which) {
        TrackedJob job = preparer(which).prepare(which);
        admitted.computeIfPresent(which, (key, none) -> Optional.of(job));
        return job;
    }

    @Override
    public boolean ends(SharedJob which, TrackedJob prepared) {
        return ends(which);
    }

    @Override
    public void followToEnd(SharedJob which, TrackedJob prepared) {
        preparer(which).follow(prepared, Set.of());
    }

    @Override
    public boolean release(SharedJob which, TrackedJob prepared) {
        admitted.remove(which);
        if (prepared.kind() != JobKind.TRAINING) {
            return false;
        }
        looker.remove(prepared);
        return true;
    }

    /** The nodes of the admitted shared jobs not yet created, or not yet seen in a state past PENDING. */
    private long notSeenPlaced() {
        long nodes = 0;
        for (Map.Entry<SharedJob, Optional<TrackedJob>> entry : admitted.entrySet()) {
            Optional<String> state = entry.getValue().flatMap(TrackedJob::lastState);
            if (state.isEmpty() || state.get().equals("PENDING")) {
                nodes += nodes(entry.getKey());
            }
        }
        return nodes;
    }

    private static long nodes(SharedJob which) {
        return which == SharedJob.TWO_NODES ? 2 : 1;
    }

    private Jobs preparer(SharedJob which) {
        return preparers.computeIfAbsent(which, key -> new Jobs(World.forFixture(run, evidenceId(key))));
    }
}
