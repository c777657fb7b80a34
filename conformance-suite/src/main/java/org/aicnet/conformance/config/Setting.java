package org.aicnet.conformance.config;

import java.util.Locale;

/**
 * Every configuration item of the suite, described once: its key in a configuration file, its command-line flag and
 * environment variable, its default and whether it is a secret (redacted in every report and log). Sources are read
 * in the order file, environment, flags; a later source wins.
 */
public enum Setting {
    BASE_URL("baseUrl", null, false, "base URL of the platform under test; the paths of annex A are relative to it"),
    USER("user", null, false, "name of the primary user"),
    PASSWORD("password", null, true, "password of the primary user"),
    USER2("user2", null, false, "name of a second user, for the isolation checks (they skip without one)"),
    PASSWORD2("password2", null, true, "password of the second user"),
    FROZEN_USER("frozenUser", null, false, "an account the platform has frozen, for the 0103 checks"),
    FROZEN_PASSWORD("frozenPassword", null, true, "password of the frozen account"),
    FREEZE_USER("freezeUser", null, false, "a throw-away account the suite may freeze itself with failed log-ins, for "
            + "the check that a frozen account's earlier token is refused (it stays frozen afterwards)"),
    FREEZE_PASSWORD("freezePassword", null, true, "password of the throw-away account"),
    EXPIRED_TOKEN("expiredToken", null, true, "a token the platform issued to the primary user and that has expired, for the 0102 checks"),
    TOKEN_HEADER("tokenHeader", "X-Auth-Token", false, "request header that carries the token"),
    TOKEN_PREFIX("tokenPrefix", "", false, "text before the token in that header, e.g. 'Bearer '"),
    ERROR_CODE_POINTER("errorCodePointer", "/errorCode", false, "JSON pointer of the business error code in error bodies"),
    SUCCEEDING_COMMAND("succeedingCommand", "echo conformance", false, "a job command that succeeds quickly"),
    FAILING_COMMAND("failingCommand", "exit 3", false, "a job command that fails"),
    LONG_COMMAND("longCommand", "sleep 600", false, "a job command that keeps running until stopped"),
    SERVICE_COMMAND("serviceCommand", null, false,
            "the command of the online service job, one that serves HTTP on the job's port (default: the long command)"),
    RESULT_COMMAND("resultCommand", null, false, "a job command that writes output files where the platform collects "
            + "them, for the download check (without it the succeeding command's job is tried)"),
    IMAGE_URL("imageUrl", null, false,
            "URL of a public image this platform can pull and run, for the imageUrl checks (they skip without one)"),
    LOG_LINK_LIFETIME("logLinkLifetime", null, false, "how long this platform's log links live, if short enough to "
            + "wait out (ISO-8601 duration), for the expiry check (it skips without one)"),
    POLL_INTERVAL("pollInterval", "PT1S", false, "how often a job's state is read while waiting (ISO-8601 duration)"),
    JOB_TIMEOUT("jobTimeout", "PT5M", false, "how long to wait for a job to reach a state (ISO-8601 duration)"),
    MAX_JOBS("maxJobs", "4", false, "how many jobs the run may have at once (each costs the platform accelerator "
            + "time): the jobs its job scheduler submits early and follows side by side for several checks, and one "
            + "place always kept for a job a check creates of its own (1: no job submitted early)"),
    ACCELERATOR_BUDGET("acceleratorBudget", null, false, "the accelerator time the run may spend (nodes x accelerators x "
            + "running time, as observed; ISO-8601 or e.g. 2h): once spent, checks that would create a job skip "
            + "(default: no limit)"),
    REQUEST_TIMEOUT("requestTimeout", "PT30S", false, "timeout of one HTTP request (ISO-8601 duration)"),
    PROXY("proxy", null, false, "HTTP proxy URL, e.g. http://proxy.example:3128"),
    TRUST_STORE("trustStore", null, false, "trust store (JKS or PKCS12) for the platform's TLS certificate"),
    TRUST_STORE_PASSWORD("trustStorePassword", null, true, "password of the trust store"),
    INSECURE_TLS("insecureTls", "false", false, "accept any TLS certificate (testing only)"),
    TAGS("tags", null, false, "Cucumber tag expression of the checks to run, e.g. '@mandatory and not @slow'"),
    EXCLUDE_TAGS("excludeTags", null, false, "tag expression of the checks to leave out"),
    NON_DESTRUCTIVE("nonDestructive", "false", false, "create nothing on the platform: checks that would are skipped"),
    RUN_ID("runId", null, false, "id of this run, prefixed to every job name the suite creates (default: generated)"),
    REPORT_DIR("reportDir", null, false, "where the reports go (default: reports/<run id>, with reports/latest)"),
    ALLURE_HOME("allureHome", null, false, "folder of the Allure command line that renders the Allure HTML report "
            + "(default: allure/allure-<version> beside the kit's jar; without it only allure-results/ is written)");

    private final String key;
    private final String defaultValue;
    private final boolean secret;
    private final String description;

    Setting(String key, String defaultValue, boolean secret, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.secret = secret;
        this.description = description;
    }

    /** The key in a configuration file, for example {@code baseUrl}. */
    public String key() {
        return key;
    }

    /** The command-line flag, for example {@code --base-url}. */
    public String flag() {
        return "--" + key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The environment variable, for example {@code AICNET_BASE_URL}. */
    public String environmentVariable() {
        return "AICNET_" + name();
    }

    public String defaultValue() {
        return defaultValue;
    }

    public boolean secret() {
        return secret;
    }

    public String description() {
        return description;
    }
}
