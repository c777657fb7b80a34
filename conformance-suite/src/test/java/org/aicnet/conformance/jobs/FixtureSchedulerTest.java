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
        final List<Integer> released = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean room = true;

        @Override
        public boolean admit(Integer which) {
            return room;
        }

        @Override
        public boolean release(Integer which, Integer prepared) {
            released.add(which);
            return true;
        }

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
        JobSlots slots = new JobSlots(3);
        try (FixtureScheduler<Integer, Integer> scheduler = scheduler(fixtures, slots)) {
            scheduler.start(List.of(0, 1, 2, 3, 4, 5));
            waitUntil(() -> fixtures.running.get() == 2);
            Thread.sleep(200);
            assertEquals(2, fixtures.running.get(), "three places, one kept for a check: two jobs under way");
            fixtures.release.countDown();
            for (int i = 0; i < 6; i++) {
                assertEquals(i, scheduler.ended(i));
            }
        }
        assertTrue(fixtures.most.get() <= 3, "a check that prepares a job itself takes the place kept for it");
        assertEquals(2, slots.peak());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), fixtures.order.stream().sorted().toList(), "each prepared once");
    }

    @Test
    void preparesSideBySideWhereThereIsRoom() throws Exception {
        Held fixtures = new Held();
        try (FixtureScheduler<Integer, Integer> scheduler = scheduler(fixtures, new JobSlots(8))) {
            scheduler.start(List.of(0, 1, 2, 3));
            waitUntil(() -> fixtures.running.get() == 4);
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
        try (FixtureScheduler<Integer, Integer> scheduler = scheduler(failing, new JobSlots(2))) {
            assertEquals("refused 0", assertThrows(AssertionError.class, () -> scheduler.ready(0)).getMessage());
            assertEquals("refused 0", assertThrows(AssertionError.class, () -> scheduler.ready(0)).getMessage());
            assertEquals("refused 1", assertThrows(AssertionError.class, () -> scheduler.ended(1)).getMessage(),
                    "a failed job gives its place back");
        }
    }

    @Test
    void aCheckPreparesItselfAJobThePlatformHasNoRoomForYet() throws Exception {
        Held fixtures = new Held();
        fixtures.room = false;
        fixtures.release.countDown();
        JobSlots slots = new JobSlots(4);
        try (FixtureScheduler<Integer, Integer> scheduler = scheduler(fixtures, slots)) {
            scheduler.start(List.of(0, 1));
            Thread.sleep(200);
            assertEquals(List.of(), fixtures.order, "nothing admitted while the platform shows no room");
            assertEquals(1, scheduler.ended(1), "the check that asks prepares it, in the place kept for it");
            assertEquals(List.of(1), fixtures.order, "its dependency is asked for by its preparation itself");
        }
        assertEquals(0, slots.peak());
    }

    @Test
    void aReleasedJobIsUndoneOnceAndAskingAgainPreparesAnother() throws Exception {
        Held fixtures = new Held();
        fixtures.release.countDown();
        JobSlots slots = new JobSlots(4);
        try (FixtureScheduler<Integer, Integer> scheduler = scheduler(fixtures, slots)) {
            scheduler.start(List.of(0, 1));
            assertEquals(1, scheduler.ended(1));
            scheduler.release(1);
            scheduler.release(1);
            waitUntil(() -> fixtures.released.size() == 1);
            assertEquals(List.of(1), fixtures.released);
            assertEquals(1, scheduler.ready(1));
            waitUntil(() -> slots.taken() == 0);
        }
        assertEquals(3, fixtures.order.size(), "0 once, 1 twice: once before and once after its release");
    }

    private static FixtureScheduler<Integer, Integer> scheduler(FixtureScheduler.Fixtures<Integer, Integer> fixtures,
                                                                JobSlots slots) {
        return new FixtureScheduler<>(fixtures, slots, Duration.ofSeconds(10), Duration.ofMillis(20));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), "not reached within 10 s");
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
