package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pages of one query, fetched one after the other: {@code pageSize} is the page size asked for (null: the
 * platform's default), {@code complete} whether the walk reached the end of the list rather than its bound on
 * requests (then only a prefix of the list was seen).
 */
public record Walk(AnnexList list, Map<String, String> query, Integer pageSize, List<ListPage> pages,
                   boolean complete) {

    /** The items of all pages, in order. */
    public List<JsonNode> items() {
        List<JsonNode> items = new ArrayList<>();
        pages.forEach(page -> items.addAll(page.items()));
        return items;
    }

    public List<String> ids() {
        return items().stream().map(list::id).toList();
    }

    /** The totalSize of the first page. */
    public long totalSize() {
        return pages.get(0).totalSize();
    }

    /** What the walk saw, for messages: "7 of 7 images" or "the first 200 of 5000 images". */
    public String extent() {
        int seen = items().size();
        return (complete ? seen + " of " : "the first " + seen + " of ") + totalSize() + " " + list.name();
    }
}
