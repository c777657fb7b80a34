package org.aicnet.server.health;

import io.javalin.http.Context;
import org.aicnet.server.backends.Backends;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.Access;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.store.Database;
import org.aicnet.server.web.Extensions;

import java.util.List;

/**
 * Health, outside annex A and without a token: {@value Extensions#HEALTH_LIVE} answers 200 while the server takes
 * requests (liveness); {@value Extensions#HEALTH_READY}, and {@value Extensions#HEALTH} alike, run the
 * {@link ReadinessChecks} and answer 200 when all are UP, else 503, with each check in the body.
 */
public final class HealthRoutes implements RouteGroup, AutoCloseable {

    private static final int UNAVAILABLE = 503;

    private final ReadinessChecks readiness;

    public HealthRoutes(Database database, Backends backends, NetworkConfig config) {
        this.readiness = new ReadinessChecks(database, backends::of, config.centers());
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(Extensions.HEALTH_LIVE, ctx -> ctx.json(Health.of(List.of())), Access.PUBLIC)
                .get(Extensions.HEALTH_READY, this::ready, Access.PUBLIC)
                .get(Extensions.HEALTH, this::ready, Access.PUBLIC);
    }

    private void ready(Context ctx) {
        Health health = readiness.run();
        ctx.status(health.up() ? 200 : UNAVAILABLE).json(health);
    }

    @Override
    public void close() {
        readiness.close();
    }
}
