package org.aicnet.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.schemas.standard.TimeFormat;
import org.aicnet.server.standard.Times;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The query of one of annex A's list endpoints, checked against its parameter schema of schemas/ under the endpoint's
 * {@link QueryPolicy} ({@link QueryPolicy#STANDARD} unless a deviation is switched on): the policy's bounds of
 * {@code page} and {@code pageSize} and its leniency about {@code sort} decide the schema's violations of them, and the
 * parameters it ignores are not checked. The check's outcome depends on the schema, the policy and the parameters
 * sent only, so each endpoint keeps it for the last few hundred distinct parameters sent to it.
 */
public final class QueryParams {

    private static final int KEPT_PER_ENDPOINT = 256;
    // One entry per schema and policy of a list endpoint: as many as the routes the configuration gives.
    private static final Map<Endpoint, BoundedMemo<JsonNode, Checked>> CHECKS = new ConcurrentHashMap<>();

    private final JsonNode query;
    private final QueryPolicy policy;

    public QueryParams(Context ctx, RequestSchema schema, QueryPolicy policy) {
        this.policy = policy;
        ObjectNode sent = Parameters.of(ctx);
        sent.remove(policy.ignored());
        Endpoint endpoint = new Endpoint(schema, policy);
        this.query = CHECKS.computeIfAbsent(endpoint, key -> new BoundedMemo<>(KEPT_PER_ENDPOINT, key::check))
                .get(sent)
                .admitted();
    }

    /** page, pageSize, sort and order; {@code sorts} are the table's values, the first is the default. */
    public ListQuery listQuery(Collection<String> sorts) {
        int first = policy.firstPage();
        int page = integer(ListQueries.PAGE).orElse(first);
        int pageSize = integer(ListQueries.PAGE_SIZE).orElse(policy.defaultPageSize());
        String defaultSort = sorts.iterator().next();
        String sort = text(ListQueries.SORT).filter(sorts::contains).orElse(defaultSort);
        String order = text(ListQueries.ORDER)
                .orElse(policy.descendingByDefault() ? ListQueries.DESC : ListQueries.ASC);
        long offset = Math.max(0, (long) (page - first) * pageSize - (page > first ? policy.pageOverlap() : 0));
        return new ListQuery(page, pageSize, sort, order.equals(ListQueries.DESC) != policy.invertsOrder(), offset);
    }

    /** A parameter's value; absent or empty gives empty. */
    public Optional<String> text(String name) {
        return query.has(name) ? Optional.of(query.get(name).asText()) : Optional.empty();
    }

    /** A Boolean filter: only {@code true} or {@code false} (reading R-boolean-filter). */
    public Optional<Boolean> bool(String name) {
        return text(name).map(Boolean::parseBoolean);
    }

    /** A time in the format of reading R-time-format; one the pattern admits but the calendar has not is 0202. */
    public Optional<LocalDateTime> time(String name) {
        return text(name).map(value -> Times.parse(value)
                .orElseThrow(() -> ApiException.of(ErrorCode.PARAMETER_VALUE,
                        name + " must be " + TimeFormat.PATTERN)));
    }

    /** createAfter and createBefore, checked against each other (0230 when the start is later than the end). */
    public TimeRange createTimeRange() {
        Optional<LocalDateTime> after = time(ListQueries.CREATE_AFTER);
        Optional<LocalDateTime> before = time(ListQueries.CREATE_BEFORE);
        if (policy.checksTimeRange() && after.isPresent() && before.isPresent() && after.get().isAfter(before.get())) {
            throw ApiException.of(ErrorCode.TIME_RANGE, ListQueries.CREATE_AFTER + " is later than "
                    + ListQueries.CREATE_BEFORE);
        }
        return new TimeRange(after.orElse(null), before.orElse(null));
    }

    /** An integer the schema admitted; past what a page number can be on this server it is out of range. */
    private Optional<Integer> integer(String name) {
        return text(name).map(value -> {
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                number = Long.MAX_VALUE; // an integer past 64 bits
            }
            if (number > Integer.MAX_VALUE) {
                throw ApiException.of(ErrorCode.PARAMETER_RANGE, name + " must be at most " + Integer.MAX_VALUE);
            }
            return (int) number;
        });
    }

    /** The policy's say on the schema's bounds of page and pageSize and on a sort value the table does not list. */
    private static boolean policyAllows(QueryPolicy policy, RequestSchema.Violation violation) {
        if (violation.code() == ErrorCode.PARAMETER_RANGE && violation.of(ListQueries.PAGE_SIZE)) {
            return within(violation.value(), 1, policy.maxPageSize());
        }
        if (violation.code() == ErrorCode.PARAMETER_RANGE && violation.of(ListQueries.PAGE)) {
            return within(violation.value(), policy.firstPage(), Integer.MAX_VALUE);
        }
        return violation.code() == ErrorCode.PARAMETER_VALUE && violation.of(ListQueries.SORT)
                && !policy.refusesUnknownSort();
    }

    private static boolean within(String json, long min, long max) {
        try {
            long value = Long.parseLong(json.replace("\"", ""));
            return value >= min && value <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A list endpoint's parameter schema read under its policy. */
    private record Endpoint(RequestSchema schema, QueryPolicy policy) {

        Checked check(JsonNode sent) {
            try {
                return new Checked(schema.check(sent, violation -> policyAllows(policy, violation)), null);
            } catch (ApiException refused) {
                return new Checked(null, refused);
            }
        }
    }

    /** The parameters as checked (never changed once checked), or the error they are answered with. */
    private record Checked(JsonNode query, ApiException refused) {

        JsonNode admitted() {
            if (refused != null) {
                throw refused;
            }
            return query;
        }
    }
}
