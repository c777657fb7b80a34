package org.aicnet.conformance.config;

import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type of a setting's value, checked alike wherever it comes from (file, environment, flag): the command line
 * refuses a bad flag while it parses, {@link SuiteConfig} a bad value of the file or the environment, with the same
 * one-line message. A setting not named here is text.
 */
public enum SettingType {
    TEXT("TEXT"),
    URL("URL"),
    DURATION("DURATION"),
    BOOLEAN("true|false"),
    COUNT("N"),
    PATH("PATH"),
    TAG_EXPRESSION("EXPR");

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    private final String label;

    SettingType(String label) {
        this.label = label;
    }

    public static SettingType of(Setting setting) {
        return switch (setting) {
            case BASE_URL -> URL;
            case LOG_LINK_LIFETIME, POLL_INTERVAL, JOB_TIMEOUT, REQUEST_TIMEOUT, ACCELERATOR_BUDGET -> DURATION;
            case INSECURE_TLS, NON_DESTRUCTIVE -> BOOLEAN;
            case MAX_JOBS -> COUNT;
            case TRUST_STORE, REPORT_DIR, ALLURE_HOME -> PATH;
            case TAGS, EXCLUDE_TAGS -> TAG_EXPRESSION;
            default -> TEXT;
        };
    }

    /** What the help shows for the value, e.g. DURATION. */
    public String label() {
        return label;
    }

    /** The value checked and in its canonical form (a duration in ISO-8601); a bad one is a {@link ConfigError}. */
    public String check(Setting setting, String value) {
        return switch (this) {
            case TEXT, PATH -> value;
            case URL -> url(setting, value).toString();
            case DURATION -> duration(setting, value).toString();
            case BOOLEAN -> Boolean.toString(bool(setting, value));
            case COUNT -> Integer.toString(count(setting, value));
            case TAG_EXPRESSION -> tags(setting, value);
        };
    }

    /** An http or https URL with a host, and a port, if any, in 1-65535. */
    static URI url(Setting setting, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new ConfigError(setting.flag() + " is not a URL: " + value);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new ConfigError(setting.flag() + " must be an http or https URL: " + value);
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new ConfigError(setting.flag() + " has port " + uri.getPort() + ", out of the range 1-65535: "
                    + value);
        }
        return uri;
    }

    /** ISO-8601 (PT30S, PT10M) or a number with ms, s, m or h (30s, 10m); positive. */
    static Duration duration(Setting setting, String value) {
        Duration duration;
        Matcher shortForm = SHORT_DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            duration = switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        } else {
            try {
                duration = Duration.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new ConfigError(setting.flag() + " must be a duration such as PT30S or 30s: " + value);
            }
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new ConfigError(setting.flag() + " must be positive: " + value);
        }
        return duration;
    }

    /** A whole number of at least 1. */
    static int count(Setting setting, String value) {
        if (!value.trim().matches("\\d{1,6}") || Integer.parseInt(value.trim()) < 1) {
            throw new ConfigError(setting.flag() + " must be a whole number of at least 1: " + value);
        }
        return Integer.parseInt(value.trim());
    }

    static boolean bool(Setting setting, String value) {
        if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
            throw new ConfigError(setting.flag() + " must be true or false: " + value);
        }
        return Boolean.parseBoolean(value);
    }

    private static String tags(Setting setting, String value) {
        try {
            TagExpressionParser.parse(value);
            return value;
        } catch (TagExpressionException e) {
            throw new ConfigError(setting.flag() + " '" + value + "' is no tag expression: " + e.getMessage()
                    .replaceFirst("^Tag expression \".*\" could not be parsed because of ", "")
                    + " (write e.g. '@mandatory and not @slow')");
        }
    }
}
