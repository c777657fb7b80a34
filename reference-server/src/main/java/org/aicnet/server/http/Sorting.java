package org.aicnet.server.http;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sort values of one list endpoint and the ascending order each stands for, ties broken by the item's id
 * (reading R-sort-ties). {@link Page#of} reverses the whole order for {@code order=desc}, ties included.
 */
public final class Sorting<T> {

    private final Function<T, String> id;
    private final Map<String, Comparator<T>> orders = new LinkedHashMap<>();

    private Sorting(Function<T, String> id) {
        this.id = id;
    }

    /** A sorting of items whose id is {@code id}; add the table's sort values with {@link #by}. */
    public static <T> Sorting<T> tiesBy(Function<T, String> id) {
        return new Sorting<>(id);
    }

    public <U extends Comparable<? super U>> Sorting<T> by(String sort, Function<T, U> key) {
        orders.put(sort, Comparator.comparing(key).thenComparing(id));
        return this;
    }

    /** The sort values in the order they were added: the table's list, the first being the default. */
    public List<String> values() {
        return List.copyOf(orders.keySet());
    }

    /** The ascending order of a sort value that {@link QueryParams#listQuery} accepted. */
    public Comparator<T> order(String sort) {
        Comparator<T> order = orders.get(sort);
        if (order == null) {
            throw new IllegalArgumentException("no order for sort value " + sort);
        }
        return order;
    }
}
