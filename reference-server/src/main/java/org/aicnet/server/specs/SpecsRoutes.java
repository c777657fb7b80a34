package org.aicnet.server.specs;

import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.QueryPolicies;
import org.aicnet.server.http.Route;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;

/** 7.3.2: the configured resource specs, GET /resource/specs (A.9). */
public final class SpecsRoutes implements RouteGroup {

    private final ListSpecs listSpecs;

    public SpecsRoutes(NetworkConfig config, QueryPolicies queries) {
        this.listSpecs = new ListSpecs(config, queries.of(Route.get(ApiPaths.SPECS)));
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(ApiPaths.SPECS, listSpecs);
    }
}
