package org.aicnet.server.centers;

import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.QueryPolicies;
import org.aicnet.server.http.Route;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;

/** The configured computing centers: GET /centers (A.5). */
public final class CentersRoutes implements RouteGroup {

    private final ListCenters listCenters;

    public CentersRoutes(NetworkConfig config, QueryPolicies queries) {
        this.listCenters = new ListCenters(config, queries.of(Route.get(ApiPaths.CENTERS)));
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(ApiPaths.CENTERS, listCenters);
    }
}
