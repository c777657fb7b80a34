package org.aicnet.server.config;

import org.aicnet.schemas.standard.TimeFormat;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.passwords.PasswordHash;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.Times;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a configuration (defaults already filled in) before the server uses it, and reports every problem at once,
 * each with where it is and what to do, as one {@link ConfigException}. Whether a backend type is offered by some
 * provider is checked where the backends are made.
 */
final class ConfigValidator {

    private final List<String> problems = new ArrayList<>();

    private ConfigValidator() {
    }

    static void validate(NetworkConfig config) {
        ConfigValidator validator = new ConfigValidator();
        validator.settings(config);
        validator.specs(config.specs());
        validator.centers(config.centers(), config.specs());
        validator.images(config.images(), config.centers());
        validator.datasets(config.publicDatasets());
        validator.accounts(config.accounts());
        if (!validator.problems.isEmpty()) {
            throw new ConfigException(validator.problems.size() + " problem(s) in the configuration:\n  - "
                    + String.join("\n  - ", validator.problems));
        }
    }

    private void settings(NetworkConfig config) {
        try {
            ZoneId.of(config.server().timeZone());
        } catch (DateTimeException e) {
            problem("server.timeZone", "'" + config.server().timeZone()
                    + "' is not a time zone; use a region id such as Asia/Shanghai");
        }
        Integer port = config.server().port();
        if (port != null && (port < 0 || port > 65535)) {
            problem("server.port", port + " is not a port; use 0-65535 (0: any free port)");
        }
        positive("auth.tokenLifetime", config.auth().tokenLifetime());
        if (config.auth().maxFailedLogins() < 1) {
            problem("auth.maxFailedLogins", "must be at least 1");
        }
        positive("jobs.simulatedRunTime", config.jobs().simulatedRunTime());
        positive("jobs.logLinkLifetime", config.jobs().logLinkLifetime());
        positive("jobs.schedulerInterval", config.jobs().schedulerInterval());
        if (config.datasets().maxUploadBytes() < 1) {
            problem("datasets.maxUploadBytes", "must be at least 1 (bytes)");
        }
        RequestLimits limits = config.server().limits();
        if (limits.maxJsonBodyBytes() < 2) {
            problem("server.limits.maxJsonBodyBytes", "must be at least 2 (bytes: the body {})");
        }
        // Jetty's buffer of the request line and headers must hold a request with a token at all.
        if (limits.maxHeaderBytes() < 1024) {
            problem("server.limits.maxHeaderBytes", "must be at least 1024 (bytes)");
        }
        if (limits.maxFormTextBytes() < 1) {
            problem("server.limits.maxFormTextBytes", "must be at least 1 (bytes)");
        }
        store(config.store());
    }

    private void store(StoreSettings store) {
        if (store.embedded()) {
            return;
        }
        if (!store.url().startsWith("jdbc:postgresql://")) {
            problem("store.url", "'" + store.url() + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/"
                    + "database); leave store out for the embedded H2 file of the data directory");
        }
        required("store.user", store.user());
        if (store.passwordEnv() != null && System.getenv(store.passwordEnv()) == null) {
            problem("store.passwordEnv", "the environment variable " + store.passwordEnv() + " is not set");
        }
    }

    private void specs(List<SpecConfig> specs) {
        unique("specs", specs, SpecConfig::id);
        for (int i = 0; i < specs.size(); i++) {
            SpecConfig spec = specs.get(i);
            String where = "specs[" + i + "] '" + spec.id() + "'";
            required(where + ".id", spec.id());
            resources(where, spec.cpu(), spec.memory(), spec.processor());
            processorNamed(where + ".processor", spec.processor());
        }
    }

    /**
     * Table 2 makes all four fields of a spec's processor mandatory, so none may be empty (reading R-processor-fields): a
     * spec without an accelerator writes processorType CPU, processorNum 0, productName Vendor/CPU/Model, processorMemory 0.
     */
    private void processorNamed(String where, ProcessorConfig processor) {
        String cpuOnly = " (a spec without an accelerator writes {processorType: CPU, processorNum: 0, "
                + "productName: Vendor/CPU/Model, processorMemory: 0}, e.g. Intel/CPU/Xeon8380)";
        if (processor.processorType() == null || processor.processorType().isBlank()) {
            problem(where + ".processorType", "is required" + cpuOnly);
        }
        if (processor.productName() == null || processor.productName().isBlank()) {
            problem(where + ".productName", "is required" + cpuOnly);
        } else if (!processor.productName().matches("[^/\\s]+/[^/\\s]+/[^/\\s]+")) {
            problem(where + ".productName", "'" + processor.productName() + "' is not Vendor/TYPE/Model" + cpuOnly);
        }
    }

    private void centers(List<CenterConfig> centers, List<SpecConfig> specs) {
        unique("centers", centers, CenterConfig::id);
        Map<String, SpecConfig> specsById = specs.stream()
                .filter(spec -> spec.id() != null)
                .collect(Collectors.toMap(SpecConfig::id, Function.identity(), (first, second) -> first));
        for (int i = 0; i < centers.size(); i++) {
            CenterConfig center = centers.get(i);
            String where = "centers[" + i + "] '" + center.id() + "'";
            required(where + ".id", center.id());
            required(where + ".processorType", center.processorType());
            time(where + ".joinedAt", center.joinedAt());
            if (center.totalStorage() < 0) {
                problem(where + ".totalStorage", "must not be negative (GiB)");
            }
            if (center.maxComputingPower() < 0) {
                problem(where + ".maxComputingPower", "must not be negative");
            }
            for (int n = 0; n < center.nodes().size(); n++) {
                NodeConfig node = center.nodes().get(n);
                resources(where + ".nodes[" + n + "]", node.cpu(), node.memory(), node.processor());
                if (node.count() < 0) {
                    problem(where + ".nodes[" + n + "].count", node.count() + " is negative");
                }
            }
            for (String specId : center.specs()) {
                SpecConfig spec = specsById.get(specId);
                if (spec == null) {
                    problem(where + ".specs", "unknown spec id '" + specId + "'; the specs section defines "
                            + specsById.keySet().stream().sorted().toList());
                } else if (complete(spec) && center.nodes().stream().noneMatch(node -> holds(node, spec))) {
                    problem(where + ".specs", "no node of the center can hold spec '" + specId
                            + "'; add a node with at least its cpu, memory and processors, or drop the spec");
                }
            }
        }
    }

    private void images(List<ImageConfig> images, List<CenterConfig> centers) {
        unique("images", images, ImageConfig::id);
        Set<String> centerIds = centers.stream().map(CenterConfig::id).collect(Collectors.toSet());
        for (int i = 0; i < images.size(); i++) {
            ImageConfig image = images.get(i);
            String where = "images[" + i + "] '" + image.id() + "'";
            required(where + ".id", image.id());
            if (!Api.IMAGE_ARCHES.contains(image.arch())) {
                problem(where + ".arch", "'" + image.arch() + "' is not one of " + Api.IMAGE_ARCHES + " (A.22)");
            }
            required(where + ".processor", image.processor());
            required(where + ".framework", image.framework());
            time(where + ".createTime", image.createTime());
            for (String centerId : image.centers()) {
                if (!centerIds.contains(centerId)) {
                    problem(where + ".centers", "unknown center id '" + centerId + "'");
                }
            }
        }
    }

    private void datasets(List<DatasetConfig> datasets) {
        unique("publicDatasets", datasets, DatasetConfig::id);
        for (int i = 0; i < datasets.size(); i++) {
            DatasetConfig dataset = datasets.get(i);
            String where = "publicDatasets[" + i + "] '" + dataset.id() + "'";
            required(where + ".id", dataset.id());
            required(where + ".owner", dataset.owner());
            if (dataset.size() < 0) {
                problem(where + ".size", "must not be negative (bytes)");
            }
        }
    }

    private void accounts(List<AccountConfig> accounts) {
        if (accounts.isEmpty()) {
            problem("accounts", "no account is configured, so nobody could log in; add one with a name and password");
        }
        unique("accounts (name)", accounts, AccountConfig::name);
        unique("accounts (userId)", accounts, AccountConfig::userId);
        for (int i = 0; i < accounts.size(); i++) {
            AccountConfig account = accounts.get(i);
            String where = "accounts[" + i + "] '" + account.name() + "'";
            required(where + ".name", account.name());
            // Never echo the password itself: say only what is wrong with it.
            if (account.password() == null || account.password().isEmpty()) {
                problem(where + ".password", "is required (plain text or " + PasswordHash.PREFIX + "...)");
            } else if (PasswordHash.isHashForm(account.password())
                    && PasswordHash.parse(account.password()).isEmpty()) {
                problem(where + ".password", "is not a well-formed " + PasswordHash.PREFIX
                        + "iterations$salt$hash (salt and hash in Base64)");
            }
        }
    }

    private void resources(String where, CpuConfig cpu, MemoryConfig memory, ProcessorConfig processor) {
        if (cpu == null) {
            problem(where + ".cpu", "is required: {arch, coreNum}");
        } else {
            required(where + ".cpu.arch", cpu.arch());
            if (cpu.coreNum() < 1) {
                problem(where + ".cpu.coreNum", "must be at least 1");
            }
        }
        if (memory == null) {
            problem(where + ".memory", "is required: {memorySize, memoryUnit}");
        } else {
            if (memory.memorySize() < 1) {
                problem(where + ".memory.memorySize", "must be at least 1");
            }
            if (!ConfigDefaults.MEMORY_UNIT.equals(memory.memoryUnit())) {
                problem(where + ".memory.memoryUnit", "'" + memory.memoryUnit() + "' is not supported; use "
                        + ConfigDefaults.MEMORY_UNIT);
            }
        }
        if (processor.processorNum() < 0) {
            problem(where + ".processor.processorNum", "must not be negative");
        }
        if (processor.processorMemory() < 0) {
            problem(where + ".processor.processorMemory", "must not be negative (GiB per card)");
        }
        if (processor.processorNum() > 0) {
            required(where + ".processor.processorType", processor.processorType());
            required(where + ".processor.productName", processor.productName());
        }
    }

    private static boolean complete(SpecConfig spec) {
        return spec.cpu() != null && spec.memory() != null;
    }

    private static boolean holds(NodeConfig node, SpecConfig spec) {
        return node.count() > 0 && node.cpu() != null && node.memory() != null
                && shape(node.cpu(), node.memory(), node.processor())
                        .holds(shape(spec.cpu(), spec.memory(), spec.processor()));
    }

    private static ResourceShape shape(CpuConfig cpu, MemoryConfig memory, ProcessorConfig processor) {
        return new ResourceShape(String.valueOf(cpu.arch()), cpu.coreNum(), processor.processorType(),
                processor.processorNum(), processor.productName(), processor.processorMemory(), memory.memorySize());
    }

    private <T> void unique(String section, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String value = id.apply(item);
            if (value != null && !seen.add(value)) {
                problem(section, "'" + value + "' appears more than once; ids must be unique");
            }
        }
    }

    private void required(String where, String value) {
        if (value == null || value.isBlank()) {
            problem(where, "is required");
        }
    }

    private void time(String where, String value) {
        if (value == null) {
            problem(where, "is required (" + TimeFormat.PATTERN + ")");
        } else if (Times.parse(value).isEmpty()) {
            problem(where, "'" + value + "' is not a time of the form " + TimeFormat.PATTERN);
        }
    }

    private void positive(String where, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            problem(where, "must be a positive duration such as PT24H or PT5S");
        }
    }

    private void problem(String where, String what) {
        problems.add(where + ": " + what);
    }
}
