package org.aicnet.schemas.standard;

import org.aicnet.schemas.TableSchemas;

import java.util.List;

/**
 * The query parameters of the lists of annex A (A.6, A.10, A.14, A.20, A.24, A.36): paging and sorting with their
 * defaults, the filters, and each list's sort values, the default first (reading R-default-sort). Defaults and sort
 * values are read from the query schemas, which say them once.
 */
public final class ListQueries {

    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pageSize";
    public static final String SORT = "sort";
    public static final String ORDER = "order";
    public static final String ASC = "asc";
    public static final String DESC = "desc";
    public static final int DEFAULT_PAGE = SchemaValues.at(TableSchemas.PAGING_QUERY, "/properties/page/default")
            .asInt();
    public static final int DEFAULT_PAGE_SIZE = SchemaValues.at(TableSchemas.PAGING_QUERY,
            "/properties/pageSize/default").asInt();

    // Filters.
    public static final String CENTER_ID = "centerId";
    public static final String PROCESSOR_TYPE = "processorType";
    public static final String CONNECTED = "connected";
    public static final String PROCESSOR = "processor";
    public static final String FRAMEWORK = "framework";
    public static final String CREATE_AFTER = "createAfter";
    public static final String CREATE_BEFORE = "createBefore";
    public static final String QUERY = "query";
    public static final String STATUS = "status";

    public static final List<String> CENTER_SORTS = sorts(TableSchemas.CENTERS_QUERY);
    public static final List<String> SPEC_SORTS = sorts(TableSchemas.RESOURCE_SPECS_QUERY);
    public static final List<String> IMAGE_SORTS = sorts(TableSchemas.IMAGES_QUERY);
    public static final List<String> DATASET_SORTS = sorts(TableSchemas.DATASETS_QUERY);
    public static final List<String> JOB_SORTS = sorts(TableSchemas.TRAINJOB_LIST_QUERY);

    private ListQueries() {
    }

    private static List<String> sorts(String querySchema) {
        return SchemaValues.enumDefaultFirst(querySchema, "/properties/" + SORT);
    }
}
