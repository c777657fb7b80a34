package org.aicnet.server.http;

import org.aicnet.schemas.standard.ListQueries;

import java.util.HashSet;
import java.util.Set;

/**
 * How {@link QueryParams} reads the query of one list endpoint (readings R-paging, R-order, R-default-sort).
 * {@link #STANDARD} is the standard's reading and the only policy of a conforming server; a deviation of
 * {@code org.aicnet.server.deviations} may give an endpoint another one, which ignores some parameters, takes other
 * defaults or bounds, lets pages overlap or checks less.
 *
 * @param ignored             parameters read as if the client had not sent them
 * @param defaultPageSize     the page size without {@code pageSize}
 * @param maxPageSize         the largest {@code pageSize} accepted
 * @param firstPage           the number of the first page, and the page without {@code page}
 * @param descendingByDefault the direction without {@code order}
 * @param invertsOrder        whether {@code asc} sorts descending and {@code desc} ascending
 * @param pageOverlap         how many items each page after the first starts early
 * @param refusesUnknownSort  whether a sort value the table does not list is 0202
 * @param checksTimeRange     whether createAfter later than createBefore is 0230
 */
public record QueryPolicy(Set<String> ignored, int defaultPageSize, int maxPageSize, int firstPage,
                          boolean descendingByDefault, boolean invertsOrder, int pageOverlap,
                          boolean refusesUnknownSort, boolean checksTimeRange) {

    // Reading R-paging: page from 1, pageSize 1-1000, default 50; R-order: default desc.
    public static final QueryPolicy STANDARD = new QueryPolicy(Set.of(), ListQueries.DEFAULT_PAGE_SIZE, 1000, 1, true,
            false, 0, true, true);

    public QueryPolicy {
        ignored = Set.copyOf(ignored);
    }

    /** A parameter read as if the client had not sent it. */
    public QueryPolicy ignoring(String parameter) {
        Set<String> more = new HashSet<>(ignored);
        more.add(parameter);
        return new QueryPolicy(more, defaultPageSize, maxPageSize, firstPage, descendingByDefault, invertsOrder,
                pageOverlap, refusesUnknownSort, checksTimeRange);
    }

    public QueryPolicy withDefaultPageSize(int pageSize) {
        return new QueryPolicy(ignored, pageSize, maxPageSize, firstPage, descendingByDefault, invertsOrder,
                pageOverlap, refusesUnknownSort, checksTimeRange);
    }

    public QueryPolicy withMaxPageSize(int pageSize) {
        return new QueryPolicy(ignored, defaultPageSize, pageSize, firstPage, descendingByDefault, invertsOrder,
                pageOverlap, refusesUnknownSort, checksTimeRange);
    }

    /** Pages counted from {@code page}: with 0, page=0 is the first slice and page=1 the second. */
    public QueryPolicy countingPagesFrom(int page) {
        return new QueryPolicy(ignored, defaultPageSize, maxPageSize, page, descendingByDefault, invertsOrder,
                pageOverlap, refusesUnknownSort, checksTimeRange);
    }

    public QueryPolicy ascendingByDefault() {
        return new QueryPolicy(ignored, defaultPageSize, maxPageSize, firstPage, false, invertsOrder, pageOverlap,
                refusesUnknownSort, checksTimeRange);
    }

    /** asc sorts descending and desc ascending; the default direction is inverted with them. */
    public QueryPolicy invertingOrder() {
        return new QueryPolicy(ignored, defaultPageSize, maxPageSize, firstPage, descendingByDefault, true,
                pageOverlap, refusesUnknownSort, checksTimeRange);
    }

    /** Each page after the first starts {@code items} items early, repeating the end of the page before it. */
    public QueryPolicy overlappingPages(int items) {
        return new QueryPolicy(ignored, defaultPageSize, maxPageSize, firstPage, descendingByDefault, invertsOrder,
                items, refusesUnknownSort, checksTimeRange);
    }

    /** A sort value the table does not list gives the default order instead of 0202. */
    public QueryPolicy acceptingUnknownSort() {
        return new QueryPolicy(ignored, defaultPageSize, maxPageSize, firstPage, descendingByDefault, invertsOrder,
                pageOverlap, false, checksTimeRange);
    }

    /** createAfter later than createBefore gives an empty list instead of 0230. */
    public QueryPolicy withoutTimeRangeCheck() {
        return new QueryPolicy(ignored, defaultPageSize, maxPageSize, firstPage, descendingByDefault, invertsOrder,
                pageOverlap, refusesUnknownSort, false);
    }
}
