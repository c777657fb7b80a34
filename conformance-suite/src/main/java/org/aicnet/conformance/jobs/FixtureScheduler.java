package org.aicnet.conformance.jobs;

import org.aicnet.conformance.run.KitError;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Prepares the run's job fixtures side by side, so that the run waits about as long as its longest job, not the sum:
 * a dispatcher hands them out in the order asked, each after the fixture it depends on is ready and once it has a place
 * of {@link JobSlots}; each is then prepared and, where it ends, followed to its end in a thread of its own, and gives
 * its place back when it ended (a fixture that keeps running keeps it until the scheduler closes). A check waits only
 * for the fixture it needs; a failure to prepare one is handed to every check that asks for it.
 *
 * @param <K> what names a fixture
 * @param <V> what a prepared fixture is
 */
final class FixtureScheduler<K, V> implements AutoCloseable {

    /** How a fixture is made: its dependency, its preparation, whether it ends and how it is followed there. */
    interface Fixtures<K, V> {
        Optional<K> dependsOn(K which);

        V prepare(K which);

        boolean ends(K which, V prepared);

        void followToEnd(K which, V prepared);
    }

    private record Pending<V>(CompletableFuture<V> ready, CompletableFuture<V> ended) {
    }

    private final Fixtures<K, V> fixtures;
    private final JobSlots slots;
    private final Duration patience;
    private final Map<K, Pending<V>> pending = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<K> queue = new LinkedBlockingQueue<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "job-fixture");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread dispatcher;

    FixtureScheduler(Fixtures<K, V> fixtures, JobSlots slots, Duration patience) {
        this.fixtures = fixtures;
        this.slots = slots;
        this.patience = patience;
        this.dispatcher = new Thread(this::dispatch, "job-fixture-dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    /** Starts preparing these fixtures, in this order, unless started already. */
    void start(Collection<K> which) {
        which.forEach(this::pendingOf);
    }

    /** The fixture once ready, started now if it was not; its failure as it was thrown. */
    V ready(K which) {
        return await(pendingOf(which).ready());
    }

    /** The fixture once followed to its end (for one that ends); see {@link Fixtures#ends}. */
    V ended(K which) {
        return await(pendingOf(which).ended());
    }

    /** Makes {@code prepared}, which a check made itself, the fixture, where none was asked for yet; it takes no place. */
    void offer(K which, V prepared) {
        pending.putIfAbsent(which, new Pending<>(CompletableFuture.completedFuture(prepared),
                CompletableFuture.completedFuture(prepared)));
    }

    /** Whether the fixture was asked for, by {@link #start} or by a check. */
    boolean started(K which) {
        return pending.containsKey(which);
    }

    /** Whether the fixture is ready or failed. */
    boolean done(K which) {
        Pending<V> p = pending.get(which);
        return p != null && p.ready().isDone();
    }

    @Override
    public void close() {
        dispatcher.interrupt();
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Pending<V> pendingOf(K which) {
        Pending<V> fresh = new Pending<>(new CompletableFuture<>(), new CompletableFuture<>());
        Pending<V> known = pending.putIfAbsent(which, fresh);
        if (known != null) {
            return known;
        }
        queue.add(which);
        return fresh;
    }

    private void dispatch() {
        try {
            while (true) {
                K which = queue.take();
                Pending<V> p = pending.get(which);
                Optional<K> dependency = fixtures.dependsOn(which);
                if (dependency.isPresent()) {
                    pendingOf(dependency.get()).ready().handle((v, e) -> null).get();
                }
                try {
                    slots.take(patience);
                } catch (KitError full) {
                    p.ready().completeExceptionally(full);
                    p.ended().completeExceptionally(full);
                    continue;
                }
                try {
                    workers.execute(() -> run(which, p));
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    slots.give();
                    throw closing;
                }
            }
        } catch (InterruptedException | ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            pending.values().forEach(p -> p.ready().completeExceptionally(new KitError("the run ended before the "
                    + "job it needs was prepared")));
        }
    }

    private void run(K which, Pending<V> p) {
        boolean keepsPlace = false;
        try {
            V prepared = fixtures.prepare(which);
            p.ready().complete(prepared);
            if (fixtures.ends(which, prepared)) {
                fixtures.followToEnd(which, prepared);
                p.ended().complete(prepared);
            } else {
                keepsPlace = true;
                p.ended().complete(prepared);
            }
        } catch (Throwable e) {
            p.ready().completeExceptionally(e);
            p.ended().completeExceptionally(e);
        } finally {
            if (!keepsPlace) {
                slots.give();
            }
        }
    }

    private V await(CompletableFuture<V> future) {
        try {
            return future.get(patience.multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new KitError("the job this check needs was not prepared within " + patience.multipliedBy(3)
                    + " (three times --job-timeout)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KitError("interrupted while waiting for a job");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new KitError(String.valueOf(cause.getMessage()), cause);
        }
    }
}
