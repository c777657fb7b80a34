package org.aicnet.conformance.jobs;

import org.aicnet.conformance.run.SteppedClock;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job fixtures' scheduler keeps to --max-jobs, prepares side by side, and the ledger to the budget. */
class FixtureSchedulerTest {

    /** Fixtures 0..n-1 that each hold a place until released; fixture 0 is everybody's dependency. */
    private static class Held implements FixtureScheduler.Fixtures<Integer, Integer> {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        final List<Integer> order = new ArrayList<>();

        @Override
        public Optional<Integer> dependsOn(Integer which) {
            return which == 0 ? Optional.empty() : Optional.of(0);
        }

        @Override
        public Integer prepare(Integer which) {
            synchronized (order) {
                order.add(which);
            }
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            return which;
        }

        @Override
        public boolean ends(Integer which, Integer prepared) {
            return true;
        }

        @Override
        public void followToEnd(Integer which, Integer prepared) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void neverHasMoreJobsAtOnceThanMaxJobs() throws Exception {
        Held fixtures = new Held();
        JobSlots slots = new JobSlots(2);
        try (FixtureScheduler<Integer, Integer> scheduler = new FixtureScheduler<>(fixtures, slots,
                Duration.ofSeconds(10))) {
            scheduler.start(List.of(0, 1, 2, 3, 4, 5));
            assertEquals(0, scheduler.ready(0));
            assertEquals(1, scheduler.ready(1));
            Thread.sleep(200);
            assertEquals(2, fixtures.running.get(), "two places, two jobs under way, the others wait");
            fixtures.release.countDown();
            for (int i = 0; i < 6; i++) {
                assertEquals(i, scheduler.ended(i));
            }
        }
        assertEquals(2, fixtures.most.get());
        assertEquals(2, slots.peak());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), fixtures.order.stream().sorted().toList(), "each prepared once");
    }

    @Test
    void preparesSideBySideWhereThereIsRoom() throws Exception {
        Held fixtures = new Held();
        try (FixtureScheduler<Integer, Integer> scheduler = new FixtureScheduler<>(fixtures, new JobSlots(8),
                Duration.ofSeconds(10))) {
            scheduler.start(List.of(0, 1, 2, 3));
            for (int i = 0; i < 4; i++) {
                scheduler.ready(i);
            }
            assertEquals(4, fixtures.running.get(), "every job under way while none has ended");
            fixtures.release.countDown();
        }
    }

    @Test
    void aFailureReachesEveryCheckThatAsks() {
        FixtureScheduler.Fixtures<Integer, Integer> failing = new Held() {
            @Override
            public Integer prepare(Integer which) {
                throw new AssertionError("refused " + which);
            }
        };
        try (FixtureScheduler<Integer, Integer> scheduler = new FixtureScheduler<>(failing, new JobSlots(1),
                Duration.ofSeconds(10))) {
            assertEquals("refused 0", assertThrows(AssertionError.class, () -> scheduler.ready(0)).getMessage());
            assertEquals("refused 0", assertThrows(AssertionError.class, () -> scheduler.ready(0)).getMessage());
            assertEquals("refused 1", assertThrows(AssertionError.class, () -> scheduler.ended(1)).getMessage(),
                    "a failed job gives its place back");
        }
    }

    @Test
    void noJobIsCreatedOnceTheBudgetIsSpent() {
        SteppedClock clock = new SteppedClock(Instant.parse("2026-01-01T00:00:00Z"));
        AcceleratorLedger ledger = new AcceleratorLedger(Optional.of(Duration.ofMinutes(10)), clock);
        ledger.requireBudget();
        ledger.created("a", 2, 4);
        clock.advance(Duration.ofSeconds(30));
        ledger.observed("a", "PENDING");
        ledger.observed("a", "RUNNING");
        clock.advance(Duration.ofSeconds(60));
        assertEquals(Duration.ofSeconds(8 * 60), ledger.used(), "2 nodes x 4 accelerators x 60 s running");
        ledger.requireBudget();
        clock.advance(Duration.ofSeconds(15));
        ledger.observed("a", "SUCCEEDED");
        clock.advance(Duration.ofHours(1));
        assertEquals(Duration.ofSeconds(8 * 75), ledger.used(), "the time after its end is not counted");
        assertThrows(TestAbortedException.class, ledger::requireBudget, "600 s spent of a budget of 600 s");
        assertEquals(1, ledger.jobs());
    }

    @Test
    void aJobNeverSeenAgainCountsFromItsCreation() {
        SteppedClock clock = new SteppedClock(Instant.parse("2026-01-01T00:00:00Z"));
        AcceleratorLedger ledger = new AcceleratorLedger(Optional.empty(), clock);
        ledger.created("b", 1, 0);
        clock.advance(Duration.ofSeconds(42));
        assertEquals(Duration.ofSeconds(42), ledger.used());
        ledger.requireBudget();
    }

    @Test
    void sharedJobsGoOutPlacementFirstThenThoseThatEnd() {
        assertEquals(List.of(SharedJob.SUCCEEDED, SharedJob.FAILED, SharedJob.STOPPED, SharedJob.RUNNING,
                        SharedJob.ONLINE),
                SharedJobFixtures.inOrder(List.of(SharedJob.ONLINE, SharedJob.RUNNING, SharedJob.STOPPED,
                        SharedJob.FAILED)));
        assertEquals(List.of(), SharedJobFixtures.inOrder(List.of()));
    }
}
