package org.aicnet.server.replicas;

import org.aicnet.server.TestPostgres;
import org.aicnet.server.config.StoreSettings;
import org.aicnet.server.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The scheduler lease on PostgreSQL: of two replicas on one schema exactly one holds it; a replica on another schema
 * holds its own; when the holder lets go, the other takes it within seconds; a wake from the other replica reaches
 * the holder.
 */
class AdvisoryLeaseTest {

    private static final long TAKEOVER_MS = 5_000;

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void exactlyOneReplicaHoldsTheLeaseAndAnotherTakesItOver() throws Exception {
        StoreSettings store = TestPostgres.fresh();
        Semaphore firstWoken = new Semaphore(0);
        Semaphore secondWoken = new Semaphore(0);
        try (Database one = Database.open(store, directory.resolve("a"));
             Database two = Database.open(store, directory.resolve("b"));
             Database elsewhere = Database.open(TestPostgres.fresh(), directory.resolve("c"))) {
            SchedulerLease first = SchedulerLease.of(one, firstWoken::release);
            SchedulerLease second = SchedulerLease.of(two, secondWoken::release);
            SchedulerLease other = SchedulerLease.of(elsewhere, () -> { });
            try {
                awaitTrue(() -> first.held() || second.held(), "one replica takes the lease");
                awaitTrue(other::held, "a replica of another schema holds a lease of its own");
                Thread.sleep(2 * AdvisoryLease.RETRY.toMillis());
                assertNotEquals(first.held(), second.held(), "exactly one replica holds the lease");
                SchedulerLease holder = first.held() ? first : second;
                SchedulerLease standby = holder == first ? second : first;
                Semaphore holderWoken = holder == first ? firstWoken : secondWoken;

                standby.wakeHolder();
                assertTrue(holderWoken.tryAcquire(TAKEOVER_MS, TimeUnit.MILLISECONDS), "the holder was woken");

                holder.close();
                assertFalse(holder.held());
                awaitTrue(standby::held, "the other replica takes the lease over");
            } finally {
                first.close();
                second.close();
                other.close();
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TAKEOVER_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("not within " + TAKEOVER_MS + " ms: " + what);
            }
            Thread.sleep(20);
        }
    }
}
