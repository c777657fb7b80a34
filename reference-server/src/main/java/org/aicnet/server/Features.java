package org.aicnet.server;

import org.aicnet.server.auth.AuthFeature;
import org.aicnet.server.centers.CentersFeature;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.datasets.DatasetsFeature;
import org.aicnet.server.http.Feature;
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
                            List<AutoCloseable> resources) {
        Clock clock = Clock.systemUTC();
        AuthFeature auth = new AuthFeature(config, database, clock);
        resources.add(auth);
        return List.of(
                auth,
                new CentersFeature(config),
                new ResourcesFeature(config),
                new DatasetsFeature(config, database, dataDirectory, clock));
    }
}
