package org.aicnet.conformance.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's configuration once its sources are merged: typed, checked, and printable with every secret redacted.
 * A value that cannot be used is a {@link ConfigError}: the runner exits 2 and runs no check.
 */
public final class SuiteConfig {

    public static final String REDACTED = "***";

    private final Map<Setting, String> values;

    private SuiteConfig(Map<Setting, String> values) {
        this.values = values;
    }

    /** Builds the configuration from merged raw values (see {@link ConfigSources}), checking every one of them. */
    public static SuiteConfig of(Map<Setting, String> raw) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String value = raw.get(setting);
            if (value == null || value.isBlank()) {
                value = setting.defaultValue();
            }
            if (value != null) {
                values.put(setting, value);
            }
        }
        SuiteConfig config = new SuiteConfig(values);
        config.check();
        return config;
    }

    /** The configuration of a listing: nothing is sent, so no base URL or user is needed; the rest is checked. */
    public static SuiteConfig forListing(Map<Setting, String> raw) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String value = raw.get(setting);
            values.put(setting, value == null || value.isBlank() ? setting.defaultValue() : value);
        }
        values.values().removeIf(java.util.Objects::isNull);
        SuiteConfig config = new SuiteConfig(values);
        config.checkTypes();
        return config;
    }

    private void check() {
        require(Setting.BASE_URL);
        require(Setting.USER);
        require(Setting.PASSWORD);
        if (text(Setting.USER2).isPresent() != text(Setting.PASSWORD2).isPresent()) {
            throw new ConfigError(Setting.USER2.flag() + " and " + Setting.PASSWORD2.flag() + " go together");
        }
        if (text(Setting.FROZEN_USER).isPresent() != text(Setting.FROZEN_PASSWORD).isPresent()) {
            throw new ConfigError(Setting.FROZEN_USER.flag() + " and " + Setting.FROZEN_PASSWORD.flag() + " go together");
        }
        if (text(Setting.FREEZE_USER).isPresent() != text(Setting.FREEZE_PASSWORD).isPresent()) {
            throw new ConfigError(Setting.FREEZE_USER.flag() + " and " + Setting.FREEZE_PASSWORD.flag() + " go together");
        }
        checkTypes();
    }

    /** Every value given has its setting's type (see {@link SettingType}), and the values that go together fit. */
    private void checkTypes() {
        for (Setting setting : Setting.values()) {
            text(setting).ifPresent(value -> SettingType.of(setting).check(setting, value));
        }
        if (!errorCodePointer().startsWith("/")) {
            throw new ConfigError(Setting.ERROR_CODE_POINTER.flag() + " must be a JSON pointer starting with '/'");
        }
        proxy();
        if (text(Setting.TRUST_STORE).isPresent() && !java.nio.file.Files.isReadable(Path.of(values.get(Setting.TRUST_STORE)))) {
            throw new ConfigError(Setting.TRUST_STORE.flag() + " cannot be read: " + values.get(Setting.TRUST_STORE));
        }
    }

    public String baseUrl() {
        String base = values.getOrDefault(Setting.BASE_URL, "");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public Credentials primaryUser() {
        return new Credentials(values.get(Setting.USER), values.get(Setting.PASSWORD));
    }

    public Optional<Credentials> secondUser() {
        return text(Setting.USER2).map(name -> new Credentials(name, values.get(Setting.PASSWORD2)));
    }

    public Optional<Credentials> frozenUser() {
        return text(Setting.FROZEN_USER).map(name -> new Credentials(name, values.get(Setting.FROZEN_PASSWORD)));
    }

    /** The throw-away account the suite may freeze itself. */
    public Optional<Credentials> freezeUser() {
        return text(Setting.FREEZE_USER).map(name -> new Credentials(name, values.get(Setting.FREEZE_PASSWORD)));
    }

    public Optional<String> expiredToken() {
        return text(Setting.EXPIRED_TOKEN);
    }

    public String tokenHeader() {
        return values.get(Setting.TOKEN_HEADER);
    }

    public String tokenPrefix() {
        return values.getOrDefault(Setting.TOKEN_PREFIX, "");
    }

    public String errorCodePointer() {
        return values.get(Setting.ERROR_CODE_POINTER);
    }

    public String succeedingCommand() {
        return values.get(Setting.SUCCEEDING_COMMAND);
    }

    public String failingCommand() {
        return values.get(Setting.FAILING_COMMAND);
    }

    public String longCommand() {
        return values.get(Setting.LONG_COMMAND);
    }

    /** The command of the online service job: the configured service command, else the long command. */
    public String serviceCommand() {
        return text(Setting.SERVICE_COMMAND).orElse(longCommand());
    }

    public Optional<String> resultCommand() {
        return text(Setting.RESULT_COMMAND);
    }

    public Optional<String> imageUrl() {
        return text(Setting.IMAGE_URL);
    }

    public Optional<Duration> logLinkLifetime() {
        return text(Setting.LOG_LINK_LIFETIME).map(value -> duration(Setting.LOG_LINK_LIFETIME));
    }

    public Duration pollInterval() {
        return duration(Setting.POLL_INTERVAL);
    }

    public Duration jobTimeout() {
        return duration(Setting.JOB_TIMEOUT);
    }

    /** How many jobs the run's job scheduler may have at once. */
    public int maxJobs() {
        return SettingType.count(Setting.MAX_JOBS, values.get(Setting.MAX_JOBS));
    }

    /** The accelerator time the run may spend, if limited. */
    public Optional<Duration> acceleratorBudget() {
        return text(Setting.ACCELERATOR_BUDGET).map(value -> duration(Setting.ACCELERATOR_BUDGET));
    }

    public Duration requestTimeout() {
        return duration(Setting.REQUEST_TIMEOUT);
    }

    public Optional<URI> proxy() {
        return text(Setting.PROXY).map(value -> {
            try {
                URI proxy = new URI(value);
                if (proxy.getHost() == null || proxy.getPort() < 0) {
                    throw new ConfigError(Setting.PROXY.flag() + " must be a URL with host and port: " + value);
                }
                return proxy;
            } catch (java.net.URISyntaxException e) {
                throw new ConfigError(Setting.PROXY.flag() + " is not a URL: " + value);
            }
        });
    }

    public Optional<Path> trustStore() {
        return text(Setting.TRUST_STORE).map(Path::of);
    }

    public Optional<String> trustStorePassword() {
        return text(Setting.TRUST_STORE_PASSWORD);
    }

    public boolean insecureTls() {
        return bool(Setting.INSECURE_TLS);
    }

    public Optional<String> tags() {
        return text(Setting.TAGS);
    }

    public Optional<String> excludeTags() {
        return text(Setting.EXCLUDE_TAGS);
    }

    public boolean nonDestructive() {
        return bool(Setting.NON_DESTRUCTIVE);
    }

    /** The run id given, if any; the runner generates one otherwise. */
    public Optional<String> runId() {
        return text(Setting.RUN_ID);
    }

    public Optional<Path> reportDir() {
        return text(Setting.REPORT_DIR).map(Path::of);
    }

    public Optional<Path> allureHome() {
        return text(Setting.ALLURE_HOME).map(Path::of);
    }

    /** The values of every secret setting that is set (passwords, the expired token), to keep them out of reports. */
    public List<String> secretValues() {
        List<String> secrets = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            if (setting.secret()) {
                text(setting).ifPresent(secrets::add);
            }
        }
        return secrets;
    }

    /** Every setting with its value, secrets replaced by {@value #REDACTED}, for reports and logs. */
    public Map<String, String> redacted() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (Setting setting : Setting.values()) {
            String value = values.get(setting);
            if (value != null) {
                shown.put(setting.key(), setting.secret() ? REDACTED : value);
            }
        }
        return shown;
    }

    private Optional<String> text(Setting setting) {
        String value = values.get(setting);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private String require(Setting setting) {
        return text(setting).orElseThrow(() -> new ConfigError(setting.flag() + " is required (or "
                + setting.environmentVariable() + ", or '" + setting.key() + "' in the configuration file)"));
    }

    private Duration duration(Setting setting) {
        return SettingType.duration(setting, values.get(setting));
    }

    private boolean bool(Setting setting) {
        return SettingType.bool(setting, values.get(setting));
    }
}
