package org.aicnet.server.config;

import java.util.List;

/**
 * The network the reference server models, read from YAML (--config FILE, else the embedded default-network.yaml):
 * its centers with their nodes and backends, resource specs, images, public datasets and accounts, and the
 * server's own settings and its store. {@code faults} names deliberate deviations from the standard
 * ({@code org.aicnet.server.deviations.Fault}) for measuring a conformance suite; empty for a conforming server.
 * {@code variants} names conforming behaviours other than the server's own
 * ({@code org.aicnet.server.deviations.Variant}).
 */
public record NetworkConfig(ServerSettings server, StoreSettings store, AuthSettings auth, JobSettings jobs,
                            DatasetSettings datasets, List<SpecConfig> specs, List<CenterConfig> centers,
                            List<ImageConfig> images, List<DatasetConfig> publicDatasets, List<AccountConfig> accounts,
                            List<String> faults, List<String> variants) {
}
