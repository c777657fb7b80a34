package org.aicnet.conformance.lists;

import java.util.List;

/**
 * One filter parameter of a list's table and how an item meets it. {@code pointers} are the item fields the filter
 * looks at; a {@link Match#SCOPE} filter looks at nothing the items show, its values come from another list
 * ({@code valuesFrom}, field {@code valuePointer}).
 */
public record ListFilter(String parameter, Match match, List<String> pointers, String valuesFrom,
                         String valuePointer) {

    /** How an item meets the filter. */
    public enum Match {
        /** The item's field equals the value (reading R-filters: exact match). */
        EQUALS,
        /** The item's Boolean field equals the value true or false (reading R-boolean-filter). */
        BOOLEAN,
        /** The item's time is at or after the value. */
        FROM_TIME,
        /** The item's time is at or before the value. */
        UNTIL_TIME,
        /** One of the item's text fields contains the value (reading R-dataset-query). */
        TEXT_SEARCH,
        /** The filter selects by something the items do not show (a center): only a subset can be checked. */
        SCOPE
    }

    public static ListFilter equals(String parameter, String pointer) {
        return new ListFilter(parameter, Match.EQUALS, List.of(pointer), null, null);
    }

    public static ListFilter bool(String parameter, String pointer) {
        return new ListFilter(parameter, Match.BOOLEAN, List.of(pointer), null, null);
    }

    public static ListFilter fromTime(String parameter, String pointer) {
        return new ListFilter(parameter, Match.FROM_TIME, List.of(pointer), null, null);
    }

    public static ListFilter untilTime(String parameter, String pointer) {
        return new ListFilter(parameter, Match.UNTIL_TIME, List.of(pointer), null, null);
    }

    public static ListFilter textSearch(String parameter, String... pointers) {
        return new ListFilter(parameter, Match.TEXT_SEARCH, List.of(pointers), null, null);
    }

    public static ListFilter scope(String parameter, String valuesFrom, String valuePointer) {
        return new ListFilter(parameter, Match.SCOPE, List.of(), valuesFrom, valuePointer);
    }

    /** Whether an item's fields show if it meets the filter. */
    public boolean observable() {
        return match != Match.SCOPE;
    }
}
