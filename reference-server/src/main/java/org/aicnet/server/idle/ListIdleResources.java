package org.aicnet.server.idle;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.capacity.Capacity;
import org.aicnet.server.capacity.NodeView;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.QueryParams;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.http.RequestSchema;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GET /resource/idle (7.3.3, A.13-A.18): per center, sorted by id, the resources of all its nodes, what of them is
 * free now, and the free resources node by node with identical nodes counted together. centerId filters exactly; an
 * unknown one gives an empty list. A disconnected center offers nothing to call: its idle resources are none.
 */
final class ListIdleResources implements Handler {

    private static final RequestSchema QUERY = RequestSchema.ofParameters(TableSchemas.IDLE_RESOURCES_QUERY);
    private static final Comparator<ResourceShape> LARGEST_FIRST =
            Comparator.comparingInt(ResourceShape::processorNum)
                    .thenComparingInt(ResourceShape::coreNum)
                    .thenComparingInt(ResourceShape::memoryGiB)
                    .reversed()
                    .thenComparing(ResourceShape::productName);

    private final NetworkConfig config;
    private final Capacity capacity;
    private final QueryPolicy policy;

    ListIdleResources(NetworkConfig config, Capacity capacity, QueryPolicy policy) {
        this.config = config;
        this.capacity = capacity;
        this.policy = policy;
    }

    @Override
    public void handle(Context ctx) {
        Optional<String> centerId = new QueryParams(ctx, QUERY, policy).text(ListQueries.CENTER_ID);
        List<CenterResource> centers = config.centers().stream()
                .filter(center -> centerId.isEmpty() || center.id().equals(centerId.get()))
                .sorted(Comparator.comparing(CenterConfig::id))
                .map(this::resources)
                .toList();
        Json.send(ctx, new IdleResources(centers));
    }

    private CenterResource resources(CenterConfig center) {
        List<NodeView> nodes = capacity.nodes(center.id());
        ResourceShape total = NodeTotals.sum(nodes.stream().map(NodeView::total).toList());
        List<ResourceShape> free = center.connected()
                ? nodes.stream().map(NodeView::free).filter(ListIdleResources::usable).toList()
                : List.of();
        ResourceShape idle = free.isEmpty() ? total.minus(total) : NodeTotals.sum(free);
        Map<ResourceShape, Integer> groups = new LinkedHashMap<>();
        free.stream().sorted(LARGEST_FIRST).forEach(shape -> groups.merge(shape, 1, Integer::sum));
        List<NodeResource> nodeResources = groups.entrySet().stream()
                .map(group -> new NodeResource(ResourceAmount.of(group.getKey()),
                        Integer.toString(group.getValue())))
                .toList();
        return new CenterResource(center.id(), ResourceAmount.of(total),
                ResourceAmount.of(idle), nodeResources);
    }

    /** A node with no free core or no free memory can take no task: it has nothing idle to report. */
    private static boolean usable(ResourceShape free) {
        return free.coreNum() > 0 && free.memoryGiB() > 0;
    }
}
