package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.platform.Standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Judges whether items are in the order of one sort field (reading R-sort-ties): only the order of values that differ
 * on the wire is judged; items whose values are equal on the wire may come in any order, since a platform may keep
 * more than it writes (sub-second times written in seconds). Where the standard leaves the comparison open it accepts
 * every reasonable one and says which the platform used: text in code-point or case-insensitive order, a job status
 * in the order of table 4 or of its text.
 */
public final class Ordering {

    /** A comparison the suite accepts, by name. */
    record Order(String name, Comparator<String> comparator) {
    }

    /**
     * The outcome: {@code violation} is null when the items are in order; {@code valueOrders} names the comparisons
     * that fit when the items tell them apart (null when every accepted one fits).
     */
    public record Verdict(String violation, String valueOrders) {

        public boolean holds() {
            return violation == null;
        }
    }

    private static final Order CODE_POINT = new Order("code-point order", Ordering::codePoints);
    private static final Order CASE_INSENSITIVE = new Order("case-insensitive order",
            String.CASE_INSENSITIVE_ORDER);
    private static final Order NUMERIC = new Order("numeric order", Ordering::numbers);
    private static final Order STATUS_TABLE = new Order("the order of table 4 (6.3.4)",
            Comparator.comparingInt(Ordering::statusRank));

    private Ordering() {
    }

    /** Judges the items of {@code list} sorted by {@code field} in the given direction. */
    public static Verdict judge(AnnexList list, List<JsonNode> items, SortField field, boolean descending) {
        List<String> values = values(items, field);
        List<String> ids = items.stream().map(list::id).toList();
        List<Order> valueOrders = valueOrders(field.kind());
        Set<String> fitting = new LinkedHashSet<>();
        int at = -1;
        for (Order valueOrder : valueOrders) {
            int violation = firstViolation(values, valueOrder, descending);
            if (violation < 0) {
                fitting.add(valueOrder.name());
            }
            at = Math.max(at, violation);
        }
        if (fitting.isEmpty()) {
            String accepted = String.join(" or ", valueOrders.stream().map(Order::name).toList());
            return new Verdict(String.format("the %s sorted by %s in %s order are out of order: item %d (id '%s', %s"
                            + " '%s') comes before item %d (id '%s', %s '%s'); accepted: %s; items of equal value may"
                            + " come in any order (R-sort-ties)", list.name(), field.value(),
                    descending ? "desc" : "asc", at + 1, ids.get(at), field.value(), values.get(at), at + 2,
                    ids.get(at + 1), field.value(), values.get(at + 1), accepted), null);
        }
        return new Verdict(null, fitting.size() < valueOrders.size() ? String.join(" or ", fitting) : null);
    }

    /**
     * Whether two listings of one query hold the same items in the same order, as far as the sort field shows it:
     * the same sequence of values, and within each run of equal values the same items in any order (R-sort-ties).
     * Returns null when they do, else what differs.
     */
    public static String sameOrder(AnnexList list, List<JsonNode> first, List<JsonNode> second, SortField field) {
        if (first.size() != second.size()) {
            return "they hold " + first.size() + " and " + second.size() + " items";
        }
        List<String> a = values(first, field);
        List<String> b = values(second, field);
        int i = 0;
        while (i < a.size()) {
            int end = i + 1;
            while (end < a.size() && a.get(end).equals(a.get(i))) {
                end++;
            }
            Set<String> ids = new HashSet<>(first.subList(i, end).stream().map(list::id).toList());
            Set<String> others = new HashSet<>(second.subList(i, end).stream().map(list::id).toList());
            if (!b.subList(i, end).stream().allMatch(a.get(i)::equals) || !ids.equals(others)) {
                return "at item " + (i + 1) + " the first holds " + ids + " (" + field.value() + " '" + a.get(i)
                        + "'), the second " + others;
            }
            i = end;
        }
        return null;
    }

    /** The index of the first item out of order with the next one, or -1 when all are in order; ties are no order. */
    private static int firstViolation(List<String> values, Order valueOrder, boolean descending) {
        for (int i = 0; i + 1 < values.size(); i++) {
            int compared = values.get(i).equals(values.get(i + 1)) ? 0
                    : valueOrder.comparator().compare(values.get(i), values.get(i + 1));
            if (descending ? compared < 0 : compared > 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> values(List<JsonNode> items, SortField field) {
        return items.stream().map(item -> field.shown() ? text(item.at(field.pointer())) : "").toList();
    }

    private static List<Order> valueOrders(ValueKind kind) {
        return switch (kind) {
            case TEXT -> List.of(CODE_POINT, CASE_INSENSITIVE);
            case NUMBER -> List.of(NUMERIC);
            // yyyy-MM-dd HH:mm:ss: the order of the text is the order of the times
            case TIME -> List.of(CODE_POINT);
            case JOB_STATUS -> List.of(STATUS_TABLE, CODE_POINT);
        };
    }

    private static String text(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    static int codePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Numbers by value; where one of the two is no number, code-point order. */
    static int numbers(String a, String b) {
        try {
            return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim()));
        } catch (NumberFormatException e) {
            return codePoints(a, b);
        }
    }

    private static int statusRank(String status) {
        int rank = Standard.JOB_STATES.indexOf(status);
        return rank < 0 ? Standard.JOB_STATES.size() : rank;
    }

    /** For messages: the accepted orders of a kind of value. */
    public static List<String> acceptedOrders(ValueKind kind) {
        List<String> names = new ArrayList<>();
        valueOrders(kind).forEach(order -> names.add(order.name()));
        return names;
    }
}
