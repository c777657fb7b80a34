package org.aicnet.server.metrics;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.aicnet.server.http.LoggedRequest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests answered, by method, route template and status. Each combination's cell of {@link Counters} is found
 * once and kept, so that counting a request costs one lookup of values it already has. The labels are bounded sets,
 * whatever a client sends: a method of RFC 9110 or {@code OTHER} (a made-up method, or one named in
 * {@code X-HTTP-Method-Override}, is never a label of its own; {@link LoggedRequest}), a declared route, a status the
 * server answers.
 */
final class RequestCounts {

    private record Answered(String method, String route, int status) {
    }

    private final Counters counters = new Counters("method", "route", "status");
    private final Map<Answered, Counters.Cell> cells = new ConcurrentHashMap<>();

    void add(Context ctx, float millis) {
        Answered answered = new Answered(LoggedRequest.method(ctx), route(ctx), ctx.statusCode());
        Counters.Cell cell = cells.get(answered);
        if (cell == null) {
            cell = cells.computeIfAbsent(answered, key -> counters.cell(key.method(), key.route(),
                    Integer.toString(key.status())));
        }
        cell.add(millis / 1000.0);
    }

    void write(PrometheusText out) {
        counters.write(out, "aicnet_http_requests", "HTTP requests answered, by method, route and status");
    }

    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? MetricsRoutes.UNMATCHED : endpoint.path;
    }
}
