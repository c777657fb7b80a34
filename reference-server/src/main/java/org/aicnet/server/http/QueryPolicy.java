package org.aicnet.server.http;

import org.aicnet.server.standard.Api;

import java.util.HashSet;
import java.util.Set;

/**
 * How {@link QueryParams} reads the query of one endpoint. {@link #STANDARD} is the standard's reading and the only
 * policy of a conforming server; a fault of {@code org.aicnet.server.faults} may give an endpoint another one, which
 * ignores some parameters, takes other defaults, lets pages overlap or checks less.
 */
public final class QueryPolicy {

    public static final QueryPolicy STANDARD = new QueryPolicy(Set.of(), false, Api.DEFAULT_PAGE_SIZE, true, 0, true,
            true);

    private final Set<String> ignored;
    private final boolean deviates;
    private final int defaultPageSize;
    private final boolean descendingByDefault;
    private final int pageOverlap;
    private final boolean refusesUnknownSort;
    private final boolean checksTimeRange;

    private QueryPolicy(Set<String> ignored, boolean deviates, int defaultPageSize, boolean descendingByDefault,
                        int pageOverlap, boolean refusesUnknownSort, boolean checksTimeRange) {
        this.ignored = Set.copyOf(ignored);
        this.deviates = deviates;
        this.defaultPageSize = defaultPageSize;
        this.descendingByDefault = descendingByDefault;
        this.pageOverlap = pageOverlap;
        this.refusesUnknownSort = refusesUnknownSort;
        this.checksTimeRange = checksTimeRange;
    }

    /** A parameter read as if the client had not sent it. */
    public QueryPolicy ignoring(String parameter) {
        Set<String> more = new HashSet<>(ignored);
        more.add(parameter);
        return new QueryPolicy(more, true, defaultPageSize, descendingByDefault, pageOverlap, refusesUnknownSort,
                checksTimeRange);
    }

    public QueryPolicy withDefaultPageSize(int pageSize) {
        return new QueryPolicy(ignored, true, pageSize, descendingByDefault, pageOverlap, refusesUnknownSort,
                checksTimeRange);
    }

    public QueryPolicy ascendingByDefault() {
        return new QueryPolicy(ignored, true, defaultPageSize, false, pageOverlap, refusesUnknownSort,
                checksTimeRange);
    }

    /** Each page after the first starts {@code items} items early, repeating the end of the page before it. */
    public QueryPolicy overlappingPages(int items) {
        return new QueryPolicy(ignored, true, defaultPageSize, descendingByDefault, items, refusesUnknownSort,
                checksTimeRange);
    }

    /** A sort value the table does not list gives the default order instead of 0202. */
    public QueryPolicy acceptingUnknownSort() {
        return new QueryPolicy(ignored, true, defaultPageSize, descendingByDefault, pageOverlap, false,
                checksTimeRange);
    }

    /** createAfter later than createBefore gives an empty list instead of 0230. */
    public QueryPolicy withoutTimeRangeCheck() {
        return new QueryPolicy(ignored, true, defaultPageSize, descendingByDefault, pageOverlap, refusesUnknownSort,
                false);
    }

    boolean ignores(String parameter) {
        return deviates && ignored.contains(parameter);
    }

    int defaultPageSize() {
        return defaultPageSize;
    }

    boolean descendingByDefault() {
        return descendingByDefault;
    }

    int pageOverlap() {
        return pageOverlap;
    }

    boolean refusesUnknownSort() {
        return refusesUnknownSort;
    }

    boolean checksTimeRange() {
        return checksTimeRange;
    }
}
