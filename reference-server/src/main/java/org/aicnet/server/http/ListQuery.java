package org.aicnet.server.http;

/**
 * Paging and sorting of a list query (reading R-paging, R-order, R-default-sort): {@code page} from 1,
 * {@code pageSize} 1-1000, {@code sort} one of the table's values, {@code descending} unless {@code order=asc}.
 */
public record ListQuery(int page, int pageSize, String sort, boolean descending) {

    /** How many items the pages before this one hold. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
