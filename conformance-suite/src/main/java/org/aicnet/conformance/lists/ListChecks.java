package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The judgements of list checks over pages and walks. Each throws an {@link AssertionError} naming what the standard
 * (or the reading) asks and what the platform sent.
 */
public final class ListChecks {

    private ListChecks() {
    }

    /** Reading R-paging: a page never holds more items than pageSize. */
    public static void pagesAtMost(Walk walk) {
        for (int i = 0; i < walk.pages().size(); i++) {
            int size = walk.pages().get(i).items().size();
            if (size > walk.pageSize()) {
                throw new AssertionError("page " + (i + 1) + " of the " + walk.list().name() + " with pageSize="
                        + walk.pageSize() + " holds " + size + " items (R-paging)");
            }
        }
    }

    /** Pages are consecutive slices of one ordering: every page before the last one holds pageSize items. */
    public static void pagesBeforeLastFull(Walk walk) {
        List<ListPage> pages = walk.pages();
        for (int i = 0; i + 1 < pages.size(); i++) {
            int size = pages.get(i).items().size();
            if (size != walk.pageSize() && !pages.get(i + 1).items().isEmpty()) {
                throw new AssertionError("page " + (i + 1) + " of the " + walk.list().name() + " with pageSize="
                        + walk.pageSize() + " holds " + size + " items although page " + (i + 2)
                        + " still holds some (R-paging: pages are consecutive slices)");
            }
        }
    }

    /** Reading R-total-size: the pages hold each item once, totalSize items in all, and agree on totalSize. */
    public static void eachItemOnce(Walk walk) {
        long total = walk.totalSize();
        for (int i = 1; i < walk.pages().size(); i++) {
            if (walk.pages().get(i).totalSize() != total) {
                throw new AssertionError("page " + (i + 1) + " of the " + walk.list().name() + " says totalSize="
                        + walk.pages().get(i).totalSize() + ", page 1 said " + total + " (R-total-size)");
            }
        }
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (String id : walk.ids()) {
            if (!seen.add(id)) {
                repeated.add(id);
            }
        }
        if (!repeated.isEmpty()) {
            throw new AssertionError("the pages of the " + walk.list().name() + " hold some items more than once: "
                    + cut(repeated) + " (pages must not overlap)");
        }
        if (walk.complete() && seen.size() != total) {
            throw new AssertionError("the pages of the " + walk.list().name() + " hold " + seen.size()
                    + " distinct items, but totalSize is " + total + " (R-total-size)");
        }
    }

    /**
     * Two listings that should be the same, item by item (a default and its explicit value), both in the list's
     * default sort: items of equal sort value may come in any order (R-sort-ties).
     */
    public static void sameItemsSameOrder(AnnexList list, ListPage first, ListPage second) {
        String difference = Ordering.sameOrder(list, first.items(), second.items(), list.defaultSort());
        if (difference != null || first.totalSize() != second.totalSize()) {
            List<String> a = first.items().stream().map(list::id).toList();
            List<String> b = second.items().stream().map(list::id).toList();
            throw new AssertionError("listing the " + list.name() + " with " + ListWalker.describe(first.query())
                    + " gave " + cut(a) + " (totalSize " + first.totalSize() + "), but with "
                    + ListWalker.describe(second.query()) + " " + cut(b) + " (totalSize " + second.totalSize() + ")"
                    + (difference == null ? "" : ": " + difference));
        }
    }

    /** A page past the end: no items, and the totalSize of the list (reading R-paging). */
    public static void emptyPage(AnnexList list, ListPage page, long expectedTotal) {
        if (!page.items().isEmpty()) {
            throw new AssertionError("page " + page.query().get("page") + " of the " + list.name()
                    + ", past the end, holds " + page.items().size() + " items (R-paging: a page past the end is"
                    + " empty)");
        }
        if (page.totalSize() != expectedTotal) {
            throw new AssertionError("page " + page.query().get("page") + " of the " + list.name()
                    + ", past the end, says totalSize=" + page.totalSize() + ", the first page said " + expectedTotal);
        }
    }

    /** Every item of every filtered walk meets the filter with the value it was listed for. */
    public static void everyItemMatches(ListFilter filter, Map<String, Walk> filtered) {
        filtered.forEach((value, walk) -> {
            for (JsonNode item : walk.items()) {
                if (!FilterMatch.matches(filter, value, item, true)) {
                    throw new AssertionError("listing the " + walk.list().name() + " with " + filter.parameter()
                            + "=" + value + " gave " + walk.list().id(item) + ", which does not have "
                            + FilterMatch.describe(filter, value) + ": " + item);
                }
            }
        });
    }

    /** Every filtered walk's items are among the unfiltered list's (a filter selects, it adds nothing). */
    public static void subsetOfAll(Walk all, Map<String, Walk> filtered) {
        Set<String> ids = new HashSet<>(all.ids());
        filtered.forEach((value, walk) -> {
            if (walk.totalSize() > all.totalSize()) {
                throw new AssertionError("listing the " + walk.list().name() + " filtered by " + value
                        + " gives totalSize=" + walk.totalSize() + ", more than the " + all.totalSize()
                        + " of the unfiltered list");
            }
            if (all.complete()) {
                List<String> unknown = walk.ids().stream().filter(id -> !ids.contains(id)).toList();
                if (!unknown.isEmpty()) {
                    throw new AssertionError("listing the " + walk.list().name() + " filtered by " + value
                            + " gives " + cut(unknown) + ", which the unfiltered list does not hold");
                }
            }
        });
    }

    /** The ids of the items of {@code all} that meet the filter with {@code value}. */
    public static Set<String> expected(ListFilter filter, String value, Walk all, boolean ignoreCase) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode item : all.items()) {
            if (FilterMatch.matches(filter, value, item, ignoreCase)) {
                ids.add(all.list().id(item));
            }
        }
        return ids;
    }

    static String cut(List<String> ids) {
        return ids.size() <= 20 ? ids.toString() : ids.subList(0, 20) + " and " + (ids.size() - 20) + " more";
    }

    public static String cut(Set<String> ids) {
        return cut(new ArrayList<>(ids));
    }
}
