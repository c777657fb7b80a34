package org.aicnet.conformance.jobs;

import org.aicnet.conformance.platform.Standard;
import org.opentest4j.TestAbortedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The accelerator time of the run's jobs as the kit observes them: per job, nodes x accelerators of its spec x the
 * time from when it was first seen RUNNING (or its creation, while it was seen in no later state) until it was first
 * seen in a final state (or now). Before a job is created the budget is checked: once it is spent the check that
 * would create one skips.
 */
final class AcceleratorLedger {

    private static final class Use {
        long units;
        final Instant created;
        Instant running;
        Instant ended;

        Use(long units, Instant created) {
            this.units = units;
            this.created = created;
        }

        Duration time(Instant now) {
            Instant from = running != null ? running : created;
            Instant to = ended != null ? ended : now;
            return to.isAfter(from) ? Duration.between(from, to).multipliedBy(units) : Duration.ZERO;
        }
    }

    private final Optional<Duration> budget;
    private final Clock clock;
    private final Map<String, Use> uses = new LinkedHashMap<>();

    AcceleratorLedger(Optional<Duration> budget, Clock clock) {
        this.budget = budget;
        this.clock = clock;
    }

    /** SKIP, with the reason, when the budget is spent: no job may be created any more. */
    synchronized void requireBudget() {
        if (budget.isPresent() && used().compareTo(budget.get()) >= 0) {
            throw new TestAbortedException("the accelerator budget of " + budget.get() + " (--accelerator-budget) is"
                    + " spent: the run's jobs used " + used() + "; this check would create another job");
        }
    }

    /** A job the platform accepted, on {@code nodes} nodes of {@code accelerators} accelerators each. */
    synchronized void created(String id, long nodes, long accelerators) {
        long units = Math.max(1, nodes) * Math.max(1, accelerators);
        Use use = uses.computeIfAbsent(id, key -> new Use(units, clock.instant()));
        use.units = Math.max(use.units, units);
    }

    /** A state the job was seen in. */
    synchronized void observed(String id, String state) {
        Use use = uses.get(id);
        if (use == null || use.ended != null) {
            return;
        }
        if ("RUNNING".equals(state) && use.running == null) {
            use.running = clock.instant();
        } else if (Standard.FINAL_STATES.contains(state)) {
            use.ended = clock.instant();
        }
    }

    synchronized int jobs() {
        return uses.size();
    }

    synchronized Duration used() {
        Instant now = clock.instant();
        return uses.values().stream().map(use -> use.time(now)).reduce(Duration.ZERO, Duration::plus);
    }

    Optional<Duration> budget() {
        return budget;
    }
}
