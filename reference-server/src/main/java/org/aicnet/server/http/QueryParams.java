package org.aicnet.server.http;

import io.javalin.http.Context;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.ErrorCode;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;

/**
 * Reads and checks the query parameters of annex A's list endpoints, answering the errors of the readings, under the
 * endpoint's {@link QueryPolicy} ({@link QueryPolicy#STANDARD} unless a fault is switched on).
 */
public final class QueryParams {

    private final Context ctx;
    private final QueryPolicy policy;

    public QueryParams(Context ctx) {
        this(ctx, QueryPolicy.STANDARD);
    }

    public QueryParams(Context ctx, QueryPolicy policy) {
        this.ctx = ctx;
        this.policy = policy;
    }

    /** page, pageSize, sort and order; {@code sorts} are the table's values, the first is the default. */
    public ListQuery listQuery(Collection<String> sorts) {
        int first = policy.firstPage();
        int page = integer(Api.PAGE, first, first, Integer.MAX_VALUE);
        int pageSize = integer(Api.PAGE_SIZE, policy.defaultPageSize(), 1, policy.maxPageSize());
        String defaultSort = sorts.iterator().next();
        String sort = text(Api.SORT).orElse(defaultSort);
        if (!sorts.contains(sort)) {
            if (policy.refusesUnknownSort()) {
                throw ErrorCode.PARAMETER_VALUE.exception(Api.SORT + " must be one of " + sorts);
            }
            sort = defaultSort;
        }
        String order = text(Api.ORDER).orElse(policy.descendingByDefault() ? Api.DESC : Api.ASC);
        if (!order.equals(Api.ASC) && !order.equals(Api.DESC)) {
            throw ErrorCode.PARAMETER_VALUE.exception(Api.ORDER + " must be asc or desc");
        }
        long offset = Math.max(0, (long) (page - first) * pageSize - (page > first ? policy.pageOverlap() : 0));
        return new ListQuery(page, pageSize, sort, order.equals(Api.DESC) != policy.invertsOrder(), offset);
    }

    /** A parameter's value; absent or empty gives empty. */
    public Optional<String> text(String name) {
        if (policy.ignores(name)) {
            return Optional.empty();
        }
        String value = ctx.queryParam(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A parameter that must be present. */
    public String required(String name) {
        return text(name).orElseThrow(() -> ErrorCode.PARAMETER_MISSING.exception(name + " is required"));
    }

    /** An integer parameter within [min, max]; not an integer is 0201, out of range 0204. */
    public int integer(String name, int fallback, int min, int max) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(raw.get());
        } catch (NumberFormatException e) {
            throw ErrorCode.PARAMETER_TYPE.exception(name + " must be an integer");
        }
        if (value < min || value > max) {
            throw ErrorCode.PARAMETER_RANGE.exception(name + " must be between " + min + " and " + max);
        }
        return (int) value;
    }

    /** A Boolean filter: only {@code true} or {@code false} (reading R-boolean-filter). */
    public Optional<Boolean> bool(String name) {
        return text(name).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ErrorCode.PARAMETER_TYPE.exception(name + " must be true or false");
        });
    }

    /** A time in the format of reading R-time-format; malformed is 0202. */
    public Optional<LocalDateTime> time(String name) {
        return text(name).map(value -> Times.parse(value)
                .orElseThrow(() -> ErrorCode.PARAMETER_VALUE.exception(name + " must be " + Times.PATTERN)));
    }

    /** createAfter and createBefore, checked against each other (0230 when the start is later than the end). */
    public TimeRange createTimeRange() {
        Optional<LocalDateTime> after = time(Api.CREATE_AFTER);
        Optional<LocalDateTime> before = time(Api.CREATE_BEFORE);
        if (policy.checksTimeRange() && after.isPresent() && before.isPresent() && after.get().isAfter(before.get())) {
            throw ErrorCode.TIME_RANGE.exception(Api.CREATE_AFTER + " is later than " + Api.CREATE_BEFORE);
        }
        return new TimeRange(after.orElse(null), before.orElse(null));
    }
}
