package org.aicnet.server.http;

import java.util.Comparator;
import java.util.List;

/** One page of a list and the number of items matching the query across all pages (reading R-totalSize). */
public record Page<T>(List<T> items, long totalSize) {

    /**
     * Sorts and pages a list held in memory (the configuration's centers, specs, images). {@code order} is the
     * ascending order of the sort field, ties already broken by id; a descending query reverses it whole.
     */
    public static <T> Page<T> of(List<T> matching, Comparator<T> order, ListQuery query) {
        Comparator<T> directed = query.descending() ? order.reversed() : order;
        List<T> page = matching.stream()
                .sorted(directed)
                .skip(query.offset())
                .limit(query.pageSize())
                .toList();
        return new Page<>(page, matching.size());
    }
}
