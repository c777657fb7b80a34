package org.aicnet.server.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Fills in what a configuration leaves out, so that a file holding only what differs from the defaults is complete:
 * absent sections, settings and lists take the values below.
 */
final class ConfigDefaults {

    static final String TIME_ZONE = "Asia/Shanghai";
    static final Duration TOKEN_LIFETIME = Duration.ofHours(24);
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration SIMULATED_RUN_TIME = Duration.ofSeconds(5);
    static final Duration LOG_LINK_LIFETIME = Duration.ofHours(1);
    static final Duration SCHEDULER_INTERVAL = Duration.ofMillis(200);
    static final long MAX_UPLOAD_BYTES = 1L << 30;
    static final String MEMORY_UNIT = "GiB";
    static final String BACKEND_TYPE = "simulated";

    private ConfigDefaults() {
    }

    static NetworkConfig fill(NetworkConfig c) {
        return new NetworkConfig(server(c.server()), c.store() == null ? StoreSettings.EMBEDDED : c.store(),
                auth(c.auth()), jobs(c.jobs()), datasets(c.datasets()),
                entries(c.specs(), "specs").stream().map(ConfigDefaults::spec).toList(),
                entries(c.centers(), "centers").stream().map(ConfigDefaults::center).toList(),
                entries(c.images(), "images").stream().map(ConfigDefaults::image).toList(),
                entries(c.publicDatasets(), "publicDatasets").stream().map(ConfigDefaults::dataset).toList(),
                entries(c.accounts(), "accounts").stream().map(ConfigDefaults::account).toList(),
                list(c.faults()), list(c.variants()));
    }

    private static ServerSettings server(ServerSettings s) {
        if (s == null) {
            return new ServerSettings(null, null, TIME_ZONE, null, RequestLimits.DEFAULTS);
        }
        return new ServerSettings(s.host(), s.port(), or(s.timeZone(), TIME_ZONE), s.publicUrl(),
                s.limits() == null ? RequestLimits.DEFAULTS : s.limits().filled());
    }

    private static AuthSettings auth(AuthSettings s) {
        if (s == null) {
            return new AuthSettings(TOKEN_LIFETIME, MAX_FAILED_LOGINS);
        }
        return new AuthSettings(or(s.tokenLifetime(), TOKEN_LIFETIME), or(s.maxFailedLogins(), MAX_FAILED_LOGINS));
    }

    private static JobSettings jobs(JobSettings s) {
        if (s == null) {
            return new JobSettings(SIMULATED_RUN_TIME, LOG_LINK_LIFETIME, SCHEDULER_INTERVAL);
        }
        return new JobSettings(or(s.simulatedRunTime(), SIMULATED_RUN_TIME), or(s.logLinkLifetime(), LOG_LINK_LIFETIME),
                or(s.schedulerInterval(), SCHEDULER_INTERVAL));
    }

    private static DatasetSettings datasets(DatasetSettings s) {
        return new DatasetSettings(s == null ? MAX_UPLOAD_BYTES : or(s.maxUploadBytes(), MAX_UPLOAD_BYTES));
    }

    private static SpecConfig spec(SpecConfig s) {
        return new SpecConfig(s.id(), or(s.name(), s.id()), s.cpu(), memory(s.memory()), processor(s.processor()));
    }

    private static CenterConfig center(CenterConfig c) {
        BackendConfig backend = c.backend() == null
                ? new BackendConfig(BACKEND_TYPE, Map.of())
                : new BackendConfig(or(c.backend().type(), BACKEND_TYPE), or(c.backend().settings(), Map.of()));
        return new CenterConfig(c.id(), or(c.name(), c.id()), or(c.province(), ""), or(c.city(), ""),
                or(c.desc(), ""), c.connected(), c.processorType(), c.totalStorage(), c.maxComputingPower(),
                c.joinedAt(), list(c.specs()),
                entries(c.nodes(), "centers[" + c.id() + "].nodes").stream().map(ConfigDefaults::node).toList(),
                backend);
    }

    private static NodeConfig node(NodeConfig n) {
        return new NodeConfig(n.cpu(), memory(n.memory()), processor(n.processor()), n.count());
    }

    private static MemoryConfig memory(MemoryConfig m) {
        return m == null ? null : new MemoryConfig(m.memorySize(), or(m.memoryUnit(), MEMORY_UNIT));
    }

    /** A CPU-only spec or node may leave its processor out: none of any type. */
    private static ProcessorConfig processor(ProcessorConfig p) {
        return p == null ? new ProcessorConfig("", 0, "", 0) : p;
    }

    private static ImageConfig image(ImageConfig i) {
        return new ImageConfig(i.id(), or(i.name(), i.id()), or(i.desc(), ""), i.arch(), i.processor(),
                or(i.operationSystem(), ""), i.framework(), i.createTime(), list(i.installedLib()), list(i.centers()));
    }

    private static DatasetConfig dataset(DatasetConfig d) {
        return new DatasetConfig(d.id(), or(d.title(), d.id()), d.owner(), d.size(), or(d.desc(), ""),
                or(d.labels(), ""));
    }

    private static AccountConfig account(AccountConfig a) {
        return new AccountConfig(a.name(), or(a.userId(), a.name()), a.password());
    }

    /** A list of objects; an empty entry ("- " alone) is refused here, before anything reads its fields. */
    private static <T> List<T> entries(List<T> list, String section) {
        for (int i = 0; list != null && i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new ConfigException(section + "[" + i + "]: empty entry");
            }
        }
        return list(list);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
