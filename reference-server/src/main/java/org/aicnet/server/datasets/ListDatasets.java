package org.aicnet.server.datasets;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.auth.Principal;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.ListQuery;
import org.aicnet.server.http.Page;
import org.aicnet.server.http.QueryParams;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.http.RequestSchema;

/**
 * GET /datasets (A.23-A.26): the public datasets and the caller's own uploads (reading R-uploaded-datasets), searched
 * by {@code query} in title and description.
 */
final class ListDatasets implements Handler {

    private static final RequestSchema QUERY = RequestSchema.ofParameters(TableSchemas.DATASETS_QUERY);

    private final DatasetStore store;
    private final QueryPolicy policy;

    ListDatasets(DatasetStore store, QueryPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    @Override
    public void handle(Context ctx) {
        QueryParams params = new QueryParams(ctx, QUERY, policy);
        ListQuery query = params.listQuery(ListQueries.DATASET_SORTS);
        Page<Dataset> page = store.page(Principal.of(ctx), params.text(ListQueries.QUERY), query);
        Json.send(ctx, new DatasetList(page.totalSize(), page.items()));
    }
}
