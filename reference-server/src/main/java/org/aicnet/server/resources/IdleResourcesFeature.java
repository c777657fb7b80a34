package org.aicnet.server.resources;

import org.aicnet.server.capacity.Capacity;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.deviations.Faults;
import org.aicnet.server.http.Feature;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.standard.Api;

/** 7.3.3: the idle resources of the centers, as the scheduler's capacity accounting has them. */
public final class IdleResourcesFeature implements Feature {

    private final NetworkConfig config;
    private final Capacity capacity;
    private final Faults faults;

    public IdleResourcesFeature(NetworkConfig config, Capacity capacity, Faults faults) {
        this.config = config;
        this.capacity = capacity;
        this.faults = faults;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(Api.IDLE, new ListIdleResources(config, capacity, faults.query("GET " + Api.IDLE)));
    }
}
