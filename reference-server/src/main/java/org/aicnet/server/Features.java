package org.aicnet.server;

import org.aicnet.server.auth.AuthFeature;
import org.aicnet.server.centers.CentersFeature;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.console.ConsoleFeature;
import org.aicnet.server.datasets.DatasetsFeature;
import org.aicnet.server.docs.ApiDocsFeature;
import org.aicnet.server.faults.Faults;
import org.aicnet.server.health.HealthFeature;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.Feature;
import org.aicnet.server.jobs.JobEngine;
import org.aicnet.server.jobs.JobRules;
import org.aicnet.server.jobs.OnlineJobsFeature;
import org.aicnet.server.jobs.TrainJobsFeature;
import org.aicnet.server.jobs.logs.LogLinkSigner;
import org.aicnet.server.jobs.logs.LogLinksFeature;
import org.aicnet.server.metrics.MetricsFeature;
import org.aicnet.server.resources.IdleResourcesFeature;
import org.aicnet.server.resources.ResourcesFeature;
import org.aicnet.server.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Wires the features of the server from the configuration, the faults switched on and the rules of its job engine; the route table of annex A is
 * the union of the first eight, the extensions outside annex A follow.
 */
final class Features {

    private Features() {
    }

    static List<Feature> of(NetworkConfig config, Database database, Path dataDirectory,
                            List<AutoCloseable> resources, BaseUrl baseUrl, Faults faults,
                            JobRules jobRules) {
        Clock clock = Clock.systemUTC();
        AuthFeature auth = new AuthFeature(config, database, clock, faults);
        resources.add(auth);
        MetricsFeature metrics = new MetricsFeature();
        JobEngine jobs = JobEngine.start(config, database, dataDirectory, metrics.backendCalls(), jobRules);
        resources.add(jobs);
        LogLinkSigner signer = LogLinkSigner.open(database, dataDirectory, jobs.clock());
        HealthFeature health = new HealthFeature(database, jobs.backends(), config);
        resources.add(health);
        return List.of(
                auth,
                new CentersFeature(config, faults),
                new ResourcesFeature(config, faults),
                new DatasetsFeature(config, database, dataDirectory, clock, faults),
                new IdleResourcesFeature(config, jobs.capacity(), faults),
                new TrainJobsFeature(jobs, faults),
                new LogLinksFeature(jobs, signer, baseUrl, faults),
                new OnlineJobsFeature(jobs, baseUrl, faults, database, dataDirectory),
                // extensions outside annex A (web.Extensions)
                new ApiDocsFeature(baseUrl),
                health,
                metrics.countingJobsOf(jobs.jobs()),
                new ConsoleFeature());
    }
}
