package org.aicnet.server.metrics;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.aicnet.server.backends.BackendCalls;
import org.aicnet.server.http.Access;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.jobs.JobRepository;
import org.aicnet.server.web.Extensions;

import java.util.List;
import java.util.function.Supplier;

/**
 * Prometheus-style metrics at {@value Extensions#METRICS}, outside annex A: requests by method, route template and
 * status (counted by a request logger, so that 404s, 405s and errors count too), jobs of all users by kind, state and
 * center (read from the store at each scrape), and calls to the centers' backends by center, operation and outcome.
 * No token is needed, as scrapers send none: the page holds counts only, no user, job id, path or token.
 */
public final class MetricsRoutes implements RouteGroup {

    /** The route of a request that matched none (an unknown path): one label value, whatever the path. */
    static final String UNMATCHED = "unmatched";

    private final RequestCounts requests = new RequestCounts();
    private final Counters backendCalls = new Counters("center", "operation", "outcome");
    private volatile Supplier<List<JobRepository.JobCount>> jobs = List::of;

    /** What the backends report their calls to; given to the job engine before it starts. */
    public BackendCalls backendCalls() {
        return (centerId, operation, failed, nanos) ->
                backendCalls.add(nanos / 1e9, centerId, operation, failed ? "failed" : "ok");
    }

    /** Where the job counts come from, once the job store exists. */
    public MetricsRoutes countingJobsOf(JobRepository repository) {
        this.jobs = repository::counts;
        return this;
    }

    @Override
    public void configure(JavalinConfig javalin) {
        javalin.requestLogger.http(requests::add);
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(Extensions.METRICS, this::scrape, Access.PUBLIC);
    }

    private void scrape(Context ctx) {
        PrometheusText out = new PrometheusText();
        requests.write(out);
        out.family("aicnet_jobs", "gauge", "Jobs of all users now, by kind, state and center");
        List<String> labels = List.of("kind", "state", "center");
        for (JobRepository.JobCount count : jobs.get()) {
            out.sample("aicnet_jobs", labels,
                    List.of(count.kind().name(), count.status().name(), count.centerId()), count.count());
        }
        backendCalls.write(out, "aicnet_backend_calls", "Calls to the centers' backends, by center, operation and "
                + "outcome");
        ctx.contentType(PrometheusText.CONTENT_TYPE).result(out.toString());
    }
}
