package org.aicnet.conformance.jobs;

import org.aicnet.conformance.run.RunContext;
import org.aicnet.conformance.steps.World;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the scheduler makes the shared jobs: each through a client of its own, whose exchanges the checks that use the
 * job carry as evidence; the succeeding job first, since it finds the placement every other job is created on; the
 * jobs that end before those that keep running, so that these do not hold every place of {@code --max-jobs}.
 */
final class SharedJobFixtures implements FixtureScheduler.Fixtures<SharedJob, TrackedJob> {

    private static final Set<SharedJob> ENDING = EnumSet.of(SharedJob.SUCCEEDED, SharedJob.FAILED,
            SharedJob.STOPPED, SharedJob.TWO_NODES);

    private final RunContext run;
    private final Map<SharedJob, Jobs> preparers = new ConcurrentHashMap<>();

    SharedJobFixtures(RunContext run) {
        this.run = run;
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
        return all.stream().sorted(java.util.Comparator.comparing((SharedJob job) -> job != SharedJob.SUCCEEDED)
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

    @Override
    public TrackedJob prepare(SharedJob which) {
        return preparer(which).prepare(which);
    }

    @Override
    public boolean ends(SharedJob which, TrackedJob prepared) {
        return ends(which);
    }

    @Override
    public void followToEnd(SharedJob which, TrackedJob prepared) {
        preparer(which).follow(prepared, Set.of());
    }

    private Jobs preparer(SharedJob which) {
        return preparers.computeIfAbsent(which, key -> new Jobs(World.forFixture(run, evidenceId(key))));
    }
}
