package org.aicnet.server.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The totals of recent list queries (A.37 totalSize), kept while no job was created, deleted or changed state. A
 * total counted while such a change commits is kept under the version read before counting, which the change has
 * moved on: it is never used, so a caller who saw a change acknowledged always counts it.
 */
final class ListCounts {

    private static final int MAX_KEPT = 1024;

    private record Query(String where, List<Object> parameters) {
    }

    private record Kept(long version, long total) {
    }

    private final AtomicLong version = new AtomicLong();
    private final Map<Query, Kept> kept = new ConcurrentHashMap<>();
    private final boolean keeping;

    /** {@code keeping}: false where other servers change the jobs too, so that every total is counted. */
    ListCounts(boolean keeping) {
        this.keeping = keeping;
    }

    /** The total of the query, counted by {@code count} unless kept since the last change. */
    long of(String where, List<Object> parameters, LongSupplier count) {
        if (!keeping) {
            return count.getAsLong();
        }
        long now = version.get();
        Query query = new Query(where, List.copyOf(parameters));
        Kept known = kept.get(query);
        if (known != null && known.version() == now) {
            return known.total();
        }
        long total = count.getAsLong();
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(query, new Kept(now, total));
        return total;
    }

    /** Whether totals are kept at all; where not, nothing counted before a change can be known unchanged. */
    boolean keeping() {
        return keeping;
    }

    /** Moves on with every change of the jobs. */
    long version() {
        return version.get();
    }

    /** After a change of the jobs has committed. */
    void changed() {
        version.incrementAndGet();
    }
}
