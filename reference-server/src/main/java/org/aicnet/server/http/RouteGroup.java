package org.aicnet.server.http;

import io.javalin.config.JavalinConfig;

/**
 * The endpoints of one clause (auth, centers, specs, idle resources, images, datasets, jobs, task logs) or of one
 * extension, which it adds to the route table.
 */
public interface RouteGroup {

    void register(RouteTable routes);

    /** Server-wide settings the group needs (e.g. how multipart bodies are parsed); most need none. */
    default void configure(JavalinConfig javalin) {
    }
}
