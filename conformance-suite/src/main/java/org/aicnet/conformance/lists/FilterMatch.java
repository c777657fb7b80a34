package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/** Whether an item meets an observable filter with a value. */
public final class FilterMatch {

    private FilterMatch() {
    }

    /** {@code ignoreCase} matters to a text search only (reading R-dataset-query leaves case to the platform). */
    public static boolean matches(ListFilter filter, String value, JsonNode item, boolean ignoreCase) {
        return switch (filter.match()) {
            case EQUALS -> item.at(filter.pointers().get(0)).isValueNode()
                    && item.at(filter.pointers().get(0)).asText().equals(value);
            case BOOLEAN -> item.at(filter.pointers().get(0)).isBoolean()
                    && item.at(filter.pointers().get(0)).asBoolean() == Boolean.parseBoolean(value);
            case FROM_TIME -> item.at(filter.pointers().get(0)).asText("").compareTo(value) >= 0;
            case UNTIL_TIME -> item.at(filter.pointers().get(0)).asText("").compareTo(value) <= 0;
            case TEXT_SEARCH -> filter.pointers().stream().map(pointer -> item.at(pointer).asText(""))
                    .anyMatch(text -> ignoreCase ? text.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))
                            : text.contains(value));
            case SCOPE -> throw new IllegalStateException("kit defect: the " + filter.parameter()
                    + " filter selects by something the items do not show");
        };
    }

    /** What an item must show to meet the filter, for messages. */
    public static String describe(ListFilter filter, String value) {
        return switch (filter.match()) {
            case EQUALS, BOOLEAN -> filter.pointers().get(0) + " = " + value;
            case FROM_TIME -> filter.pointers().get(0) + " at or after " + value;
            case UNTIL_TIME -> filter.pointers().get(0) + " at or before " + value;
            case TEXT_SEARCH -> String.join(" or ", filter.pointers()) + " containing '" + value + "'";
            case SCOPE -> filter.parameter() + " = " + value;
        };
    }
}
