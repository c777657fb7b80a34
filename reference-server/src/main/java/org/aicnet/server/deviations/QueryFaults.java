package org.aicnet.server.deviations;

import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.standard.Api;

/** The faults that change how a list endpoint reads its query: ignored parameters, other defaults, less checking. */
final class QueryFaults {

    private static final int WRONG_DEFAULT_PAGE_SIZE = 10;

    private QueryFaults() {
    }

    /** The policy of the fault's endpoint with the fault in it; a fault of another hook leaves it as it is. */
    static QueryPolicy apply(Fault fault, QueryPolicy policy) {
        return switch (fault) {
            case CENTERS_PROCESSOR_TYPE_FILTER_IGNORED -> policy.ignoring(Api.PROCESSOR_TYPE);
            case CENTERS_ORDER_INVERTED -> policy.invertingOrder();
            case SPECS_PAGES_COUNTED_FROM_0 -> policy.countingPagesFrom(0);
            case JOB_LIST_PAGE_SIZE_UNBOUNDED -> policy.withMaxPageSize(Integer.MAX_VALUE);
            case SPECS_DEFAULT_PAGE_SIZE_10 -> policy.withDefaultPageSize(WRONG_DEFAULT_PAGE_SIZE);
            case SPECS_CENTER_FILTER_IGNORED, IDLE_CENTER_FILTER_IGNORED -> policy.ignoring(Api.CENTER_ID);
            case SPECS_UNKNOWN_SORT_ACCEPTED -> policy.acceptingUnknownSort();
            case IMAGES_PROCESSOR_FILTER_IGNORED -> policy.ignoring(Api.PROCESSOR);
            case IMAGES_ORDER_IGNORED -> policy.ignoring(Api.ORDER);
            case IMAGES_TIME_RANGE_UNCHECKED -> policy.withoutTimeRangeCheck();
            case DATASETS_OVERLAPPING_PAGES -> policy.overlappingPages(1);
            case DATASETS_ASCENDING_BY_DEFAULT -> policy.ascendingByDefault();
            case JOB_LIST_STATUS_FILTER_IGNORED -> policy.ignoring(Api.STATUS);
            case JOB_LIST_SORT_IGNORED -> policy.ignoring(Api.SORT);
            default -> policy;
        };
    }
}
