package org.aicnet.server.centers;

import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.deviations.Faults;
import org.aicnet.server.http.Feature;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.standard.Api;

/** The configured computing centers: GET /centers (A.5). */
public final class CentersFeature implements Feature {

    private final ListCenters listCenters;

    public CentersFeature(NetworkConfig config, Faults faults) {
        this.listCenters = new ListCenters(config, faults.query("GET " + Api.CENTERS));
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(Api.CENTERS, listCenters);
    }
}
