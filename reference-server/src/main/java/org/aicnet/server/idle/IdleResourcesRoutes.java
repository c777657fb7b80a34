package org.aicnet.server.idle;

import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.capacity.Capacity;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.QueryPolicies;
import org.aicnet.server.http.Route;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;

/** 7.3.3: the idle resources of the centers, as the scheduler's capacity accounting has them. */
public final class IdleResourcesRoutes implements RouteGroup {

    private final NetworkConfig config;
    private final Capacity capacity;
    private final QueryPolicies queries;

    public IdleResourcesRoutes(NetworkConfig config, Capacity capacity, QueryPolicies queries) {
        this.config = config;
        this.capacity = capacity;
        this.queries = queries;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(ApiPaths.IDLE, new ListIdleResources(config, capacity, queries.of(Route.get(ApiPaths.IDLE))));
    }
}
