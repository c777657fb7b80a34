package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.platform.Expect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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

    /** Reading R-total-size: a list walked to its end holds totalSize items. */
    public static void totalSizeIsListedNumber(Walk all) {
        if (all.complete() && all.items().size() != all.totalSize()) {
            throw new AssertionError("the " + all.list().name() + " listed number " + all.items().size()
                    + ", but totalSize is " + all.totalSize() + " (R-total-size)");
        }
    }

    /** Reading R-total-size: a page smaller than the list counts the items of every page, not its own. */
    public static void totalSizeAcrossPages(Walk all, long onFirstPageOfOne) {
        if (onFirstPageOfOne != all.items().size()) {
            throw new AssertionError("the " + all.list().name() + " listed number " + all.items().size()
                    + ", but the first page of pageSize 1 says totalSize " + onFirstPageOfOne + " (R-total-size)");
        }
    }

    /** Every item listed has the shape of the list's item table. */
    public static void everyItemHasItsShape(Walk all) {
        AnnexList list = all.list();
        for (JsonNode item : all.items()) {
            Expect.shape("the " + list.name() + " item " + list.id(item), item, list.itemSchema(), list.itemSchema());
        }
    }

    /** Readings R-order and R-sort-ties: the items are in the order asked for; returns how values were ordered. */
    public static Optional<String> inOrder(Walk sorted, SortField field, boolean descending) {
        Ordering.Verdict verdict = Ordering.judge(sorted.list(), sorted.items(), field, descending);
        if (!verdict.holds()) {
            throw new AssertionError(verdict.violation());
        }
        return Optional.ofNullable(verdict.valueOrders());
    }

    /**
     * Reading R-filters: every item of the unfiltered list that meets the filter with a value is listed under it
     * (with only a prefix of the unfiltered list seen, its matches must be listed, others may be too). A text search
     * may ignore case; returns which way the platform went where the listings tell ("ignores case" or
     * "case-sensitive"). {@code note} learns what could not be checked.
     */
    public static Optional<String> everyMatchListed(ListFilter filter, Walk all, Map<String, Walk> filtered,
                                                    Consumer<String> note) {
        AnnexList list = all.list();
        boolean ignoresCase = false;
        boolean caseSensitive = false;
        for (Map.Entry<String, Walk> entry : filtered.entrySet()) {
            Walk walk = entry.getValue();
            if (!walk.complete()) {
                note.accept("the " + list.name() + " with " + filter.parameter() + "=" + entry.getKey()
                        + " are too many to walk: not checked that every match is listed");
                continue;
            }
            if (walk.totalSize() != walk.items().size()) {
                throw new AssertionError("listing the " + list.name() + " with " + filter.parameter() + "="
                        + entry.getKey() + " gave " + walk.items().size() + " items but totalSize "
                        + walk.totalSize() + " (R-total-size)");
            }
            Set<String> listed = new HashSet<>(walk.ids());
            Set<String> exact = expected(filter, entry.getKey(), all, false);
            Set<String> anyCase = expected(filter, entry.getKey(), all, true);
            boolean fitsExact = all.complete() ? listed.equals(exact) : listed.containsAll(exact);
            boolean fitsAnyCase = filter.match() == ListFilter.Match.TEXT_SEARCH
                    && (all.complete() ? listed.equals(anyCase) : listed.containsAll(anyCase));
            if (!fitsExact && !fitsAnyCase) {
                throw new AssertionError("listing the " + list.name() + " with " + filter.parameter() + "="
                        + entry.getKey() + " gave " + cut(listed) + ", but the " + list.name() + " with "
                        + FilterMatch.describe(filter, entry.getKey()) + " are " + cut(exact)
                        + (filter.match() == ListFilter.Match.TEXT_SEARCH
                        ? " (or, ignoring case, " + cut(anyCase) + ")" : "") + " (R-filters)");
            }
            if (!exact.equals(anyCase)) {
                ignoresCase |= fitsAnyCase && !fitsExact;
                caseSensitive |= fitsExact && !fitsAnyCase;
            }
        }
        return ignoresCase == caseSensitive ? Optional.empty()
                : Optional.of(ignoresCase ? "ignores case" : "case-sensitive");
    }

    /** A filter with a value per item partitions the list: the listings under its values together hold all. */
    public static void togetherHoldAll(ListFilter filter, Walk all, Map<String, Walk> filtered) {
        long sum = filtered.values().stream().mapToLong(Walk::totalSize).sum();
        if (sum != all.totalSize()) {
            throw new AssertionError("the totalSizes of the " + all.list().name() + " under " + filter.parameter()
                    + "=" + String.join(", ", filtered.keySet()) + " add up to " + sum
                    + ", the unfiltered list has totalSize " + all.totalSize());
        }
        subsetOfAll(all, filtered);
        if (all.complete() && filtered.values().stream().allMatch(Walk::complete)) {
            Set<String> union = new HashSet<>();
            filtered.values().forEach(walk -> union.addAll(walk.ids()));
            Set<String> missing = new HashSet<>(all.ids());
            missing.removeAll(union);
            if (!missing.isEmpty()) {
                throw new AssertionError("the " + all.list().name() + " " + cut(missing) + " are listed under"
                        + " no value of " + filter.parameter());
            }
        }
    }

    /** Reading R-filters: a value no item has selects nothing. */
    public static void noneListed(AnnexList list, ListPage page) {
        if (!page.items().isEmpty() || page.totalSize() != 0) {
            throw new AssertionError("listing the " + list.name() + " with " + ListWalker.describe(page.query())
                    + ", a value no item has, gave " + page.items().size() + " items and totalSize "
                    + page.totalSize() + "; expected none (R-filters)");
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
