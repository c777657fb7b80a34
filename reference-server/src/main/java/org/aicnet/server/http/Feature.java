package org.aicnet.server.http;

import io.javalin.config.JavalinConfig;

/** One group of endpoints of annex A (auth, centers, resources, datasets, jobs) that adds its routes to the table. */
public interface Feature {

    void register(RouteTable routes);

    /** Server-wide settings the feature needs (e.g. how multipart bodies are parsed); most need none. */
    default void configure(JavalinConfig javalin) {
    }
}
