package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A list endpoint of annex A as the suite sees it: its name in the features ("computing centers"), its path, the
 * response field holding the items, the schemas of the response and of one item, the JSON pointer of an item's id, its sort values
 * (the first is the default, reading R-default-sort) and its filters.
 */
public record AnnexList(String name, String path, String table, String itemsField, String schema, String itemSchema,
                        String idPointer, List<SortField> sorts, List<ListFilter> filters) {

    public SortField defaultSort() {
        return sorts.get(0);
    }

    /** The sort field of a sort value; a value the table does not list is a defect of the feature. */
    public SortField sort(String value) {
        return sorts.stream().filter(sort -> sort.value().equals(value)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("kit defect: '" + value + "' is no sort value of the "
                        + name + " (" + table + ")"));
    }

    public ListFilter filter(String parameter) {
        return filters.stream().filter(filter -> filter.parameter().equals(parameter)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("kit defect: '" + parameter + "' is no filter of the "
                        + name + " (" + table + ")"));
    }

    /** The items of one page; the shape of the page has been checked against the schema before. */
    public List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.path(itemsField).forEach(items::add);
        return items;
    }

    /** An item's id, as text. */
    public String id(JsonNode item) {
        return item.at(idPointer).asText();
    }

    @Override
    public String toString() {
        return name;
    }
}
