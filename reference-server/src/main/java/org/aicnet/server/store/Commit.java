package org.aicnet.server.store;

import java.util.function.Function;

/**
 * A transaction of {@link Database#commit} that has committed, and perhaps is not on the disk yet: what it gives is
 * answered only once {@link #onDisk} returned it. Commits of other threads share the sync that puts it there.
 */
public final class Commit<T> {

    private final Database database;
    private final String what;
    private final T result;
    private final RuntimeException failure;
    private final long number;

    Commit(Database database, String what, T result, long number) {
        this(database, what, result, null, number);
    }

    private Commit(Database database, String what, T result, RuntimeException failure, long number) {
        this.database = database;
        this.what = what;
        this.result = result;
        this.failure = failure;
        this.number = number;
    }

    /** A write that failed before its commit: {@link #onDisk} throws {@code failure}. */
    public static <T> Commit<T> failed(RuntimeException failure) {
        return new Commit<>(null, null, null, failure, 0);
    }

    /**
     * {@code then} applied to the result now, to be answered once the same commit is on the disk; a RuntimeException
     * it throws is thrown by {@link #onDisk} instead.
     */
    public <R> Commit<R> then(Function<T, R> then) {
        if (failure != null) {
            return failed(failure);
        }
        try {
            return new Commit<>(database, what, then.apply(result), number);
        } catch (RuntimeException e) {
            return new Commit<>(null, null, null, e, 0);
        }
    }

    /** The result, once the commit is on the disk; a StoreException when it cannot be put there. */
    public T onDisk() {
        if (failure != null) {
            throw failure;
        }
        database.onDisk(what, number);
        return result;
    }
}
