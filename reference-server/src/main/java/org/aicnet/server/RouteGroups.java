package org.aicnet.server;

import org.aicnet.server.auth.AuthRoutes;
import org.aicnet.server.centers.CentersRoutes;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.console.ConsoleRoutes;
import org.aicnet.server.datasets.DatasetsRoutes;
import org.aicnet.server.deviations.Deviations;
import org.aicnet.server.docs.ApiDocsRoutes;
import org.aicnet.server.health.HealthRoutes;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.QueryPolicies;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.idle.IdleResourcesRoutes;
import org.aicnet.server.images.ImagesRoutes;
import org.aicnet.server.jobs.JobEngine;
import org.aicnet.server.jobs.OnlineJobsRoutes;
import org.aicnet.server.jobs.TrainJobsRoutes;
import org.aicnet.server.jobs.tasklogs.TaskLogRoutes;
import org.aicnet.server.jobs.tasklogs.TaskLogSigner;
import org.aicnet.server.metrics.MetricsRoutes;
import org.aicnet.server.specs.SpecsRoutes;
import org.aicnet.server.store.Database;
import org.aicnet.server.store.StoreOpening;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Wires the route groups of the server from the configuration and the rules its deviations give each; the route table
 * of annex A is the union of the first nine, the extensions outside annex A follow.
 */
final class RouteGroups {

    private RouteGroups() {
    }

    /**
     * The groups of the configuration alone are built first, while the store opens on a thread of its own
     * ({@link StoreOpening}); the others once it is open.
     */
    static List<RouteGroup> of(NetworkConfig config, StoreOpening store, Path dataDirectory,
                               List<AutoCloseable> resources, BaseUrl baseUrl, Deviations deviations) {
        Clock clock = Clock.systemUTC();
        QueryPolicies queries = deviations.queries();
        CentersRoutes centers = new CentersRoutes(config, queries);
        SpecsRoutes specs = new SpecsRoutes(config, queries);
        ImagesRoutes images = new ImagesRoutes(config, queries);
        ApiDocsRoutes apiDocs = new ApiDocsRoutes(baseUrl);
        ConsoleRoutes console = new ConsoleRoutes();
        MetricsRoutes metrics = new MetricsRoutes();
        Database database = store.database();
        AuthRoutes auth = new AuthRoutes(config, database, clock, deviations.auth());
        resources.add(auth);
        JobEngine jobs = JobEngine.start(config, database, dataDirectory, metrics.backendCalls(),
                deviations.jobs());
        resources.add(jobs);
        TaskLogSigner signer = TaskLogSigner.open(database, dataDirectory, jobs.clock());
        HealthRoutes health = new HealthRoutes(database, jobs.backends(), config);
        resources.add(health);
        return List.of(
                auth,
                centers,
                specs,
                images,
                new DatasetsRoutes(config, database, dataDirectory, clock, deviations.datasets(), queries),
                new IdleResourcesRoutes(config, jobs.capacity(), queries),
                new TrainJobsRoutes(jobs, queries),
                new TaskLogRoutes(jobs, signer, baseUrl, deviations.taskLogs()),
                new OnlineJobsRoutes(jobs, baseUrl, database, dataDirectory),
                // extensions outside annex A (web.Extensions)
                apiDocs,
                health,
                metrics.countingJobsOf(jobs.jobs()),
                console);
    }
}
