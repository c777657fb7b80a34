package org.aicnet.server.http;

/** One group of endpoints of annex A (auth, centers, resources, datasets, jobs) that adds its routes to the table. */
public interface Feature {

    void register(RouteTable routes);
}
