package org.aicnet.conformance.lists;

/**
 * One sort value of a list's table and the item field it orders by: {@code pointer} is the field's JSON pointer in
 * an item, or null where the item does not show the field (a center's createTime, reading R-default-sort).
 */
public record SortField(String value, String pointer, ValueKind kind) {

    public static SortField shown(String value, String pointer, ValueKind kind) {
        return new SortField(value, pointer, kind);
    }

    public static SortField hidden(String value) {
        return new SortField(value, null, ValueKind.TEXT);
    }

    /** Whether the items show the field, so that their order can be observed. */
    public boolean shown() {
        return pointer != null;
    }
}
