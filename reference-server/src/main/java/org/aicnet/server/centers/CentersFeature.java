package org.aicnet.server.centers;

import io.javalin.http.Context;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.Feature;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.ListQuery;
import org.aicnet.server.http.Page;
import org.aicnet.server.http.QueryParams;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.http.Sorting;
import org.aicnet.server.http.Times;
import org.aicnet.server.standard.Api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** GET /centers (A.5-A.8): the configured computing centers. */
public final class CentersFeature implements Feature {

    private final List<CenterConfig> centers;
    private final Sorting<CenterConfig> sorting;

    public CentersFeature(NetworkConfig config) {
        this.centers = config.centers();
        Map<String, LocalDateTime> joined = centers.stream().collect(Collectors.toMap(CenterConfig::id,
                center -> Times.parse(center.joinedAt()).orElseThrow()));
        // Reading R-default-sort: A.6 names no default, centerId is first; a center's createTime is when it joined.
        this.sorting = Sorting.tiesBy(CenterConfig::id)
                .by(Api.CENTER_ID, CenterConfig::id)
                .by(Api.CENTER_NAME, CenterConfig::name)
                .by(Api.PROCESSOR_TYPE, CenterConfig::processorType)
                .by(Api.CREATE_TIME, center -> joined.get(center.id()));
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(Api.CENTERS, this::list);
    }

    private void list(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        ListQuery query = params.listQuery(Api.CENTER_SORTS);
        Optional<String> processorType = params.text(Api.PROCESSOR_TYPE);
        Optional<Boolean> connected = params.bool(Api.CONNECTED);
        List<CenterConfig> matching = centers.stream()
                .filter(center -> processorType.map(center.processorType()::equals).orElse(true))
                .filter(center -> connected.map(value -> center.connected() == value).orElse(true))
                .toList();
        Page<CenterConfig> page = Page.of(matching, sorting.order(query.sort()), query);
        Json.send(ctx, new CenterList(page.items().stream().map(Center::of).toList(), page.totalSize()));
    }
}
