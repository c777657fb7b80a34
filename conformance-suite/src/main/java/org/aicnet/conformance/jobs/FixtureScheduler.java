package org.aicnet.conformance.jobs;

import org.aicnet.conformance.KitError;
import org.aicnet.conformance.run.Pause;

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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Prepares the run's job fixtures side by side, so that the run waits about as long as its longest job, not the sum.
 * A dispatcher takes them in the order asked; each, once the fixture it depends on is ready, waits until it is
 * admitted: a place of {@link JobSlots} (one place always kept for the job a check makes itself) and room on the
 * platform ({@link Fixtures#admit}). A check that asks for a fixture not admitted yet prepares it itself, in its own
 * place, as a run one check after another would: the run never waits on room that its own fixtures hold. A prepared
 * fixture that ends is followed to its end in a thread of its own and then gives its place back; one that keeps
 * running keeps its place until it is released, which a run does once the last check that uses it is over.
 *
 * @param <K> what names a fixture
 * @param <V> what a prepared fixture is
 */
final class FixtureScheduler<K, V> implements AutoCloseable {

    /** How a fixture is made: its dependency, room for it, its preparation, its end and its release. */
    interface Fixtures<K, V> {
        Optional<K> dependsOn(K which);

        /** Whether the platform has room for it now, besides room for a job of the check in progress. */
        boolean admit(K which);

        V prepare(K which);

        boolean ends(K which, V prepared);

        void followToEnd(K which, V prepared);

        /** No check needs it any more: undoes it (stops it, deletes it); false where the platform allows not. */
        boolean release(K which, V prepared);
    }

    private static final class Pending<V> {
        final CompletableFuture<V> ready = new CompletableFuture<>();
        final CompletableFuture<V> ended = new CompletableFuture<>();
        final AtomicBoolean claimed = new AtomicBoolean();
        final AtomicBoolean holdsPlace = new AtomicBoolean();
    }

    private final Fixtures<K, V> fixtures;
    private final JobSlots slots;
    private final Duration patience;
    private final Duration lookAgain;
    private final Map<K, Pending<V>> pending = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<K> queue = new LinkedBlockingQueue<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "job-fixture");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread dispatcher;

    /** {@code lookAgain}: how long a fixture not admitted waits before the dispatcher asks again. */
    FixtureScheduler(Fixtures<K, V> fixtures, JobSlots slots, Duration patience, Duration lookAgain) {
        this.fixtures = fixtures;
        this.slots = slots;
        this.patience = patience;
        this.lookAgain = lookAgain;
        this.dispatcher = new Thread(this::dispatch, "job-fixture-dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    /** Starts preparing these fixtures, in this order, unless started already. */
    void start(Collection<K> which) {
        which.forEach(this::pendingOf);
    }

    /** The fixture once ready, prepared by the caller where it was not admitted yet; its failure as it was thrown. */
    V ready(K which) {
        Pending<V> p = pendingOf(which);
        if (p.claimed.compareAndSet(false, true)) {
            run(which, p, false);
        }
        return await(p.ready);
    }

    /** The fixture once followed to its end (for one that ends); see {@link Fixtures#ends}. */
    V ended(K which) {
        ready(which);
        return await(pendingOf(which).ended);
    }

    /** Makes {@code prepared}, which a check made itself, the fixture, where none was asked for yet; it takes no place. */
    void offer(K which, V prepared) {
        Pending<V> offered = new Pending<>();
        offered.claimed.set(true);
        offered.ready.complete(prepared);
        offered.ended.complete(prepared);
        pending.putIfAbsent(which, offered);
    }

    /** Whether the fixture was asked for, by {@link #start} or by a check. */
    boolean started(K which) {
        return pending.containsKey(which);
    }

    /** Whether the fixture is ready or failed. */
    boolean done(K which) {
        Pending<V> p = pending.get(which);
        return p != null && p.ready.isDone();
    }

    /**
     * No check needs the fixture any more: it is undone in a thread of its own once prepared, and gives its place
     * back; a check that still asks for it later gets a new one.
     */
    void release(K which) {
        Pending<V> p = pending.remove(which);
        if (p == null) {
            return;
        }
        if (p.claimed.compareAndSet(false, true)) {
            p.ready.completeExceptionally(new KitError("released before it was prepared"));
            p.ended.completeExceptionally(new KitError("released before it was prepared"));
            return;
        }
        p.ready.thenAccept(prepared -> {
            try {
                workers.execute(() -> {
                    try {
                        p.ended.handle((v, e) -> null).join();
                        if (fixtures.release(which, prepared)) {
                            givePlace(p);
                        }
                    } catch (RuntimeException | AssertionError notUndone) {
                        // the run's cleanup removes what a release left, after the checks
                    }
                });
            } catch (RejectedExecutionException closing) {
                givePlace(p);
            }
        });
    }

    /** Forgets a fixture that no longer is what it was (a running job that ended): the next ask prepares another. */
    void renew(K which, V stale) {
        Pending<V> p = pending.get(which);
        if (p != null && p.ready.isDone() && !p.ready.isCompletedExceptionally() && p.ready.join() == stale
                && pending.remove(which, p)) {
            givePlace(p);
        }
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
        Pending<V> fresh = new Pending<>();
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
                if (p == null || p.claimed.get()) {
                    continue;
                }
                Optional<K> dependency = fixtures.dependsOn(which);
                if (dependency.isPresent()) {
                    Pending<V> before = pending.get(dependency.get());
                    if (before != null) {
                        before.ready.handle((v, e) -> null).get();
                    }
                }
                admit(which, p);
            }
        } catch (InterruptedException | ExecutionException | RejectedExecutionException | KitError e) {
            pending.values().forEach(p -> {
                if (p.claimed.compareAndSet(false, true)) {
                    p.ready.completeExceptionally(new KitError("the run ended before the job it needs was prepared"));
                    p.ended.completeExceptionally(new KitError("the run ended before the job it needs was prepared"));
                }
            });
        }
    }

    /** Waits until the fixture has a place and room, or a check took it over; then prepares it in a worker. */
    private void admit(K which, Pending<V> p) {
        while (!p.claimed.get()) {
            boolean admitted;
            try {
                admitted = slots.free(1) && fixtures.admit(which) && slots.tryTake(1);
            } catch (RuntimeException | AssertionError unreadable) {
                admitted = false;
            }
            if (admitted && !p.claimed.compareAndSet(false, true)) {
                slots.give();
                return;
            }
            if (admitted) {
                p.holdsPlace.set(true);
                try {
                    workers.execute(() -> run(which, p, true));
                } catch (RejectedExecutionException closing) {
                    givePlace(p);
                    throw closing;
                }
                return;
            }
            Pause.of(lookAgain, "for room for a job");
        }
    }

    /**
     * Prepares the fixture and, where it ends, follows it there (in a worker, where the caller is a check that only
     * needs it ready); one that ends gives its place back at its end.
     */
    private void run(K which, Pending<V> p, boolean inWorker) {
        V prepared;
        try {
            prepared = fixtures.prepare(which);
            p.ready.complete(prepared);
        } catch (Throwable e) {
            p.ready.completeExceptionally(e);
            p.ended.completeExceptionally(e);
            givePlace(p);
            return;
        }
        if (!fixtures.ends(which, prepared)) {
            p.ended.complete(prepared);
            return;
        }
        Runnable follow = () -> {
            try {
                fixtures.followToEnd(which, prepared);
                p.ended.complete(prepared);
            } catch (Throwable e) {
                p.ended.completeExceptionally(e);
            } finally {
                givePlace(p);
            }
        };
        if (inWorker) {
            follow.run();
        } else {
            try {
                workers.execute(follow);
            } catch (RejectedExecutionException closing) {
                follow.run();
            }
        }
    }

    private void givePlace(Pending<V> p) {
        if (p.holdsPlace.compareAndSet(true, false)) {
            slots.give();
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
