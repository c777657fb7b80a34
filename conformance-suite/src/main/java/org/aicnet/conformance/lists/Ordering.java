package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.platform.Standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Judges whether items are in the order of one sort field, ties broken by the item's id in the same direction
 * (reading R-sort-ties). Where the standard leaves the comparison open it accepts every reasonable one and says which
 * the platform used: text in code-point or case-insensitive order, a job status in the order of table 4 or of its
 * text, ids as text or as numbers.
 */
public final class Ordering {

    /** A comparison the suite accepts, by name. */
    record Order(String name, Comparator<String> comparator) {
    }

    /**
     * The outcome: {@code violation} is null when the items are in order; {@code valueOrders} and {@code idOrders}
     * name the comparisons that fit when the items tell them apart (null when every accepted one fits).
     */
    public record Verdict(String violation, String valueOrders, String idOrders) {

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
        List<String> values = items.stream().map(item -> text(item.at(field.pointer()))).toList();
        List<String> ids = items.stream().map(list::id).toList();
        List<Order> valueOrders = valueOrders(field.kind());
        // ids compared as numbers is a reading only where every id is a number
        List<Order> idOrders = ids.stream().allMatch(id -> id.matches("-?\\d+"))
                ? List.of(CODE_POINT, CASE_INSENSITIVE, NUMERIC) : List.of(CODE_POINT, CASE_INSENSITIVE);
        Set<String> fittingValueOrders = new LinkedHashSet<>();
        Set<String> fittingIdOrders = new LinkedHashSet<>();
        for (Order valueOrder : valueOrders) {
            for (Order idOrder : idOrders) {
                if (firstViolation(values, ids, valueOrder, idOrder, descending) < 0) {
                    fittingValueOrders.add(valueOrder.name());
                    fittingIdOrders.add(idOrder.name());
                }
            }
        }
        if (fittingValueOrders.isEmpty()) {
            int at = firstViolation(values, ids, valueOrders.get(0), idOrders.get(0), descending);
            for (Order valueOrder : valueOrders) {
                at = Math.max(at, firstViolation(values, ids, valueOrder, idOrders.get(0), descending));
            }
            String accepted = String.join(" or ", valueOrders.stream().map(Order::name).toList());
            return new Verdict(String.format("the %s sorted by %s in %s order are out of order: item %d (id '%s', %s"
                            + " '%s') comes before item %d (id '%s', %s '%s'); accepted: %s, ties broken by the id in"
                            + " the same direction (R-sort-ties)", list.name(), field.value(),
                    descending ? "desc" : "asc", at + 1, ids.get(at), field.value(), values.get(at), at + 2,
                    ids.get(at + 1), field.value(), values.get(at + 1), accepted), null, null);
        }
        return new Verdict(null,
                fittingValueOrders.size() < valueOrders.size() ? String.join(" or ", fittingValueOrders) : null,
                fittingIdOrders.size() < idOrders.size() && hasTies(values, valueOrders.get(0))
                        ? String.join(" or ", fittingIdOrders) : null);
    }

    /** The index of the first item out of order with the next one, or -1 when all are in order. */
    private static int firstViolation(List<String> values, List<String> ids, Order valueOrder, Order idOrder,
                                      boolean descending) {
        for (int i = 0; i + 1 < values.size(); i++) {
            int compared = valueOrder.comparator().compare(values.get(i), values.get(i + 1));
            if (compared == 0) {
                compared = idOrder.comparator().compare(ids.get(i), ids.get(i + 1));
            }
            if (descending ? compared < 0 : compared > 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasTies(List<String> values, Order order) {
        for (int i = 0; i + 1 < values.size(); i++) {
            if (order.comparator().compare(values.get(i), values.get(i + 1)) == 0) {
                return true;
            }
        }
        return false;
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
