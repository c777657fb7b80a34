package org.aicnet.server.images;

import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.QueryPolicies;
import org.aicnet.server.http.Route;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;

/** 7.3.4: the configured images, GET /resource/images (A.19). */
public final class ImagesRoutes implements RouteGroup {

    private final ListImages listImages;

    public ImagesRoutes(NetworkConfig config, QueryPolicies queries) {
        this.listImages = new ListImages(config, queries.of(Route.get(ApiPaths.IMAGES)));
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(ApiPaths.IMAGES, listImages);
    }
}
