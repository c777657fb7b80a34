package org.aicnet.server.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The sort keys of every {@link #SPACING}th job of recent list queries, so that a page of any number is read from the
 * nearest one on (a keyset read) instead of skipping the jobs before it one by one. Kept, as the totals of
 * {@link ListCounts}, while no job was created, deleted or changed state: cursors read while such a change commits
 * are kept under the version read before, which the change has moved on, so they are never used.
 */
final class ListCursors {

    /** Jobs between two cursors: a page is read after skipping fewer than this many. */
    static final int SPACING = 100;
    private static final int MAX_KEPT = 256;

    /**
     * The sort key of one job of a list: its sort value and id, how many jobs from it on share that value, and the
     * value that follows them (null at the end of the list).
     */
    record Cursor(Object value, String id, long sameValue, Object nextValue) {
    }

    /** A query's cursors: the {@code n}th is the key of its job number {@code n * SPACING}, counted from 0. */
    record Cursors(List<Cursor> cursors) {

        /** The nearest cursor at or before the job of that number, and how many jobs lie between them. */
        Start before(long offset) {
            int index = (int) Math.min(offset / SPACING, cursors.size() - 1);
            return new Start(cursors.get(index), offset - (long) index * SPACING);
        }
    }

    /** Where a page is read from: the jobs from {@code cursor} on, {@code skip} of them left out. */
    record Start(Cursor cursor, long skip) {
    }

    private record Query(String where, List<Object> parameters, String sort, boolean descending) {
    }

    private record Kept(long version, Cursors cursors) {
    }

    private final ListCounts counts;
    private final Map<Query, Kept> kept = new ConcurrentHashMap<>();

    ListCursors(ListCounts counts) {
        this.counts = counts;
    }

    /**
     * The cursors of the query: those kept since the last change, else, when {@code read}, those {@code scan} reads
     * (kept from then on); else none.
     */
    Optional<Cursors> of(String where, List<Object> parameters, String sort, boolean descending, boolean read,
                         Supplier<Cursors> scan) {
        long now = counts.version();
        Query query = new Query(where, List.copyOf(parameters), sort, descending);
        Kept known = kept.get(query);
        if (known != null && known.version() == now) {
            return Optional.of(known.cursors());
        }
        if (!read) {
            return Optional.empty();
        }
        Cursors cursors = scan.get();
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(query, new Kept(now, cursors));
        return Optional.of(cursors);
    }
}
