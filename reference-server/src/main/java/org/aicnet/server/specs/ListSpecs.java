package org.aicnet.server.specs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.config.SpecConfig;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.ListQuery;
import org.aicnet.server.http.Page;
import org.aicnet.server.http.QueryParams;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.http.RequestSchema;
import org.aicnet.server.http.Sorting;
import org.aicnet.server.standard.Api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * GET /resource/specs (A.9-A.12): the specs of the network, or those one center offers; an unknown centerId gives
 * an empty list (reading R-filters).
 */
final class ListSpecs implements Handler {

    private static final RequestSchema QUERY = RequestSchema.ofParameters(TableSchemas.RESOURCE_SPECS_QUERY);
    private static final Sorting<SpecConfig> SORTING = Sorting.tiesBy(SpecConfig::id)
            .by(Api.RESOURCE_SPEC_ID, SpecConfig::id)
            .by(Api.RESOURCE_SPEC_NAME, SpecConfig::name);

    private final List<SpecConfig> specs;
    private final Map<String, List<String>> offeredByCenter;
    private final QueryPolicy policy;

    ListSpecs(NetworkConfig config, QueryPolicy policy) {
        this.policy = policy;
        this.specs = config.specs();
        this.offeredByCenter = config.centers().stream()
                .collect(Collectors.toMap(CenterConfig::id, CenterConfig::specs));
    }

    @Override
    public void handle(Context ctx) {
        QueryParams params = new QueryParams(ctx, QUERY, policy);
        ListQuery query = params.listQuery(ListQueries.SPEC_SORTS);
        Optional<String> centerId = params.text(ListQueries.CENTER_ID);
        List<SpecConfig> matching = specs.stream()
                .filter(spec -> centerId.map(id -> offeredByCenter.getOrDefault(id, List.of()).contains(spec.id()))
                        .orElse(true))
                .toList();
        Page<SpecConfig> page = Page.of(matching, SORTING.order(query.sort()), query);
        Json.send(ctx, new ResourceSpecList(page.items().stream().map(ResourceSpec::of).toList(), page.totalSize()));
    }
}
