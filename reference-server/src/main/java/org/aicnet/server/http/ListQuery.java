package org.aicnet.server.http;

/**
 * Paging and sorting of a list query (reading R-paging, R-order, R-default-sort): {@code page} from 1,
 * {@code pageSize} 1-1000, {@code sort} one of the table's values, {@code descending} unless {@code order=asc}, and
 * {@code offset}, how many items the pages before this one hold.
 */
public record ListQuery(int page, int pageSize, String sort, boolean descending, long offset) {

    public ListQuery(int page, int pageSize, String sort, boolean descending) {
        this(page, pageSize, sort, descending, (long) (page - 1) * pageSize);
    }
}
