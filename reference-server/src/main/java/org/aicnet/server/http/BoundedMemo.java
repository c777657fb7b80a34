package org.aicnet.server.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The values of a pure function kept for at most about {@code capacity} distinct keys (issue #12: what a client sends
 * never grows memory without bound): when full it forgets every key and starts again, so that keys a hostile client
 * makes up cost one computation each and a working set of ordinary queries is soon kept again. Threads that add at
 * the same moment may pass the capacity by one key each.
 */
public final class BoundedMemo<K, V> {

    private final int capacity;
    private final Function<K, V> compute;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    public BoundedMemo(int capacity, Function<K, V> compute) {
        this.capacity = capacity;
        this.compute = compute;
    }

    /** A memo whose values are given at each {@link #get(Object, Supplier)}. */
    public BoundedMemo(int capacity) {
        this(capacity, key -> {
            throw new IllegalStateException("this memo's values are given at each get");
        });
    }

    public V get(K key) {
        V value = values.get(key);
        return value != null ? value : keep(key, compute.apply(key));
    }

    /**
     * The value kept for {@code key}, else {@code compute}'s, kept: {@code compute} must give the same value for the
     * same key (it may read what the key was taken from, a request, say).
     */
    public V get(K key, Supplier<V> compute) {
        V value = values.get(key);
        return value != null ? value : keep(key, compute.get());
    }

    private V keep(K key, V value) {
        if (values.size() >= capacity) {
            values.clear();
        }
        values.put(key, value);
        return value;
    }
}
