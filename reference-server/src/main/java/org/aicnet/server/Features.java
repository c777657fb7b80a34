package org.aicnet.server;

import org.aicnet.server.auth.AuthFeature;
import org.aicnet.server.centers.CentersFeature;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.console.ConsoleFeature;
import org.aicnet.server.datasets.DatasetsFeature;
import org.aicnet.server.deviations.Deviations;
import org.aicnet.server.docs.ApiDocsFeature;
import org.aicnet.server.health.HealthFeature;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.Feature;
import org.aicnet.server.http.QueryPolicies;
import org.aicnet.server.idle.IdleResourcesFeature;
import org.aicnet.server.images.ImagesRoutes;
import org.aicnet.server.jobs.JobEngine;
import org.aicnet.server.jobs.OnlineJobsFeature;
import org.aicnet.server.jobs.TrainJobsFeature;
import org.aicnet.server.jobs.tasklogs.TaskLogRoutes;
import org.aicnet.server.jobs.tasklogs.TaskLogSigner;
import org.aicnet.server.metrics.MetricsFeature;
import org.aicnet.server.specs.SpecsRoutes;
import org.aicnet.server.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Wires the features of the server from the configuration and the rules its deviations give each; the route table
 * of annex A is the union of the first nine, the extensions outside annex A follow.
 */
final class Features {

    private Features() {
    }

    static List<Feature> of(NetworkConfig config, Database database, Path dataDirectory,
                            List<AutoCloseable> resources, BaseUrl baseUrl, Deviations deviations) {
        Clock clock = Clock.systemUTC();
        QueryPolicies queries = deviations.queries();
        AuthFeature auth = new AuthFeature(config, database, clock, deviations.auth());
        resources.add(auth);
        MetricsFeature metrics = new MetricsFeature();
        JobEngine jobs = JobEngine.start(config, database, dataDirectory, metrics.backendCalls(),
                deviations.jobs());
        resources.add(jobs);
        TaskLogSigner signer = TaskLogSigner.open(database, dataDirectory, jobs.clock());
        HealthFeature health = new HealthFeature(database, jobs.backends(), config);
        resources.add(health);
        return List.of(
                auth,
                new CentersFeature(config, queries),
                new SpecsRoutes(config, queries),
                new ImagesRoutes(config, queries),
                new DatasetsFeature(config, database, dataDirectory, clock, deviations.datasets(), queries),
                new IdleResourcesFeature(config, jobs.capacity(), queries),
                new TrainJobsFeature(jobs, queries),
                new TaskLogRoutes(jobs, signer, baseUrl, deviations.taskLogs()),
                new OnlineJobsFeature(jobs, baseUrl, database, dataDirectory),
                // extensions outside annex A (web.Extensions)
                new ApiDocsFeature(baseUrl),
                health,
                metrics.countingJobsOf(jobs.jobs()),
                new ConsoleFeature());
    }
}
