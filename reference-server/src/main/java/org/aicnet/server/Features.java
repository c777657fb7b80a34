package org.aicnet.server;

import org.aicnet.server.auth.AuthFeature;
import org.aicnet.server.centers.CentersFeature;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.datasets.DatasetsFeature;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.Feature;
import org.aicnet.server.jobs.JobEngine;
import org.aicnet.server.jobs.OnlineJobsFeature;
import org.aicnet.server.jobs.TrainJobsFeature;
import org.aicnet.server.jobs.logs.LogLinkSigner;
import org.aicnet.server.jobs.logs.LogLinksFeature;
import org.aicnet.server.resources.IdleResourcesFeature;
import org.aicnet.server.resources.ResourcesFeature;
import org.aicnet.server.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Wires the features of the server from the configuration; the route table of annex A is their union. */
final class Features {

    private Features() {
    }

    static List<Feature> of(NetworkConfig config, Database database, Path dataDirectory,
                            List<AutoCloseable> resources, BaseUrl baseUrl) {
        Clock clock = Clock.systemUTC();
        AuthFeature auth = new AuthFeature(config, database, clock);
        resources.add(auth);
        JobEngine jobs = JobEngine.start(config, database, dataDirectory);
        resources.add(jobs);
        LogLinkSigner signer = LogLinkSigner.open(dataDirectory, jobs.clock());
        return List.of(
                auth,
                new CentersFeature(config),
                new ResourcesFeature(config),
                new DatasetsFeature(config, database, dataDirectory, clock),
                new IdleResourcesFeature(config, jobs.capacity()),
                new TrainJobsFeature(jobs),
                new LogLinksFeature(jobs, signer, baseUrl),
                new OnlineJobsFeature(jobs, baseUrl));
    }
}
