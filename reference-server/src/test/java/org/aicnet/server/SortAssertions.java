package org.aicnet.server;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks reading R-sort-ties: items in the order of a field, ties by id, both in the requested direction. */
public final class SortAssertions {

    private SortAssertions() {
    }

    /**
     * {@code items} (JSON objects) are sorted by {@code field}, ties by {@code id}, descending if asked; returns how
     * many neighbours were tied, so that a test can require ties to be exercised.
     */
    public static int assertSorted(List<Map<String, Object>> items, String field, String id, boolean descending) {
        Comparator<Map<String, Object>> order = Comparator.<Map<String, Object>, Comparable<Object>>comparing(
                item -> comparable(item.get(field))).thenComparing(item -> (String) item.get(id));
        if (descending) {
            order = order.reversed();
        }
        assertTrue(items.size() > 1, "too few items to check an order");
        int ties = 0;
        for (int i = 1; i < items.size(); i++) {
            Map<String, Object> previous = items.get(i - 1);
            Map<String, Object> next = items.get(i);
            assertTrue(order.compare(previous, next) < 0, "by " + field + (descending ? " desc" : " asc") + ": "
                    + previous.get(field) + "/" + previous.get(id) + " before " + next.get(field) + "/" + next.get(id));
            if (previous.get(field).equals(next.get(field))) {
                ties++;
            }
        }
        return ties;
    }

    /** The ids of {@code items} in order. */
    public static List<String> ids(List<Map<String, Object>> items, String id) {
        return items.stream().map(item -> (String) item.get(id)).toList();
    }

    public static void assertIds(List<String> expected, List<Map<String, Object>> items, String id) {
        assertEquals(expected, ids(items, id));
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Object value) {
        if (value instanceof Number number) {
            return (Comparable<Object>) (Comparable<?>) Long.valueOf(number.longValue());
        }
        // Times (yyyy-MM-dd HH:mm:ss) order as their text does.
        return (Comparable<Object>) value;
    }
}
