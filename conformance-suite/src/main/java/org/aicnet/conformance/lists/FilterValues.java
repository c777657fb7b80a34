package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values a filter is tried with, taken from what the platform lists (never assumed): the field values of the
 * unfiltered list, or the ids of another list for a filter the items do not show. At most {@link #MAX_VALUES}.
 */
public final class FilterValues {

    public static final int MAX_VALUES = 5;

    private FilterValues() {
    }

    /**
     * Values of {@code filter} found in {@code items} (the unfiltered list), or in {@code scopeItems} (the list named
     * by the filter's {@code valuesFrom}) for a scope filter.
     */
    public static List<String> of(ListFilter filter, List<JsonNode> items, List<JsonNode> scopeItems) {
        return switch (filter.match()) {
            case BOOLEAN -> List.of("true", "false");
            case EQUALS -> distinct(items, filter.pointers().get(0));
            case SCOPE -> distinct(scopeItems, filter.valuePointer());
            case FROM_TIME, UNTIL_TIME -> times(items, filter.pointers().get(0));
            case TEXT_SEARCH -> searches(items, filter.pointers().get(0));
        };
    }

    private static List<String> distinct(List<JsonNode> items, String pointer) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode item : items) {
            JsonNode value = item.at(pointer);
            if (value.isValueNode() && !value.isNull() && values.size() < MAX_VALUES) {
                values.add(value.asText());
            }
        }
        return List.copyOf(values);
    }

    /** The earliest, the middle and the latest time listed: each splits the list somewhere else. */
    private static List<String> times(List<JsonNode> items, String pointer) {
        TreeSet<String> times = new TreeSet<>();
        items.forEach(item -> {
            if (item.at(pointer).isTextual()) {
                times.add(item.at(pointer).asText());
            }
        });
        if (times.isEmpty()) {
            return List.of();
        }
        List<String> sorted = new ArrayList<>(times);
        return List.copyOf(new LinkedHashSet<>(List.of(sorted.get(0), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1))));
    }

    /**
     * Searches for the middle of listed titles (so that the platform must find the text inside the field, not at its
     * start), and once the same text in lower case, which tells whether the platform ignores case.
     */
    private static List<String> searches(List<JsonNode> items, String pointer) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode item : items) {
            String text = item.at(pointer).asText("");
            if (text.length() >= 3 && values.size() < MAX_VALUES - 1) {
                int cut = text.length() >= 5 ? 1 : 0;
                values.add(text.substring(cut, text.length() - cut).strip());
            }
        }
        values.removeIf(String::isEmpty);
        values.stream().filter(value -> !value.toLowerCase(Locale.ROOT).equals(value)).findFirst()
                .ifPresent(value -> values.add(value.toLowerCase(Locale.ROOT)));
        return List.copyOf(values);
    }
}
