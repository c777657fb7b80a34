package org.aicnet.server.backend;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the free-form {@code backend.settings} of a center (YAML scalars, lists and maps) into typed values; a value of
 * the wrong shape is a {@link BackendException} naming the setting, which the server reports as a configuration error
 * of the center at start-up.
 */
public final class BackendSettings {

    private final Map<String, Object> settings;

    public BackendSettings(Map<String, Object> settings) {
        this.settings = settings;
    }

    public String string(String name, String fallback) throws BackendException {
        Object value = settings.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Map || value instanceof List) {
            throw problem(name, "must be a single value");
        }
        return value.toString();
    }

    /** A whole number of at least 1; null when the setting is absent. */
    public Integer positive(String name) throws BackendException {
        String text = string(name, null);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < 1) {
            throw problem(name, "'" + text + "' is not a whole number of at least 1");
        }
        return Integer.valueOf(text);
    }

    /** An ISO-8601 duration such as {@code PT10S}. */
    public Duration duration(String name, Duration fallback) throws BackendException {
        String text = string(name, null);
        if (text == null) {
            return fallback;
        }
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative()) {
                throw problem(name, "must not be negative");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw problem(name, "'" + text + "' is not an ISO-8601 duration such as PT10S");
        }
    }

    /** A list of strings; a single value is a list of one. */
    public List<String> strings(String name) throws BackendException {
        Object value = settings.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof Map) {
            throw problem(name, "must be a list");
        }
        return List.of(value.toString());
    }

    /** A map of names to string values, in the configuration's order. */
    public Map<String, String> map(String name) throws BackendException {
        Object value = settings.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw problem(name, "must be a map of names to values");
        }
        Map<String, String> strings = new LinkedHashMap<>();
        map.forEach((key, entry) -> strings.put(String.valueOf(key), entry == null ? "" : String.valueOf(entry)));
        return strings;
    }

    private BackendException problem(String name, String what) {
        return new BackendException("setting '" + name + "' " + what);
    }
}
