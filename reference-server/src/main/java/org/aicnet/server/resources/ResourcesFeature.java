package org.aicnet.server.resources;

import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.Feature;
import org.aicnet.server.http.QueryPolicies;
import org.aicnet.server.http.Route;
import org.aicnet.server.http.RouteTable;

/** The configured resource specs and images: GET /resource/specs (A.9) and GET /resource/images (A.19). */
public final class ResourcesFeature implements Feature {

    private final ListSpecs listSpecs;
    private final ListImages listImages;

    public ResourcesFeature(NetworkConfig config, QueryPolicies queries) {
        this.listSpecs = new ListSpecs(config, queries.of(Route.get(ApiPaths.SPECS)));
        this.listImages = new ListImages(config, queries.of(Route.get(ApiPaths.IMAGES)));
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(ApiPaths.SPECS, listSpecs)
                .get(ApiPaths.IMAGES, listImages);
    }
}
