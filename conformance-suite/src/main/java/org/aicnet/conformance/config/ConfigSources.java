package org.aicnet.conformance.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Merges the configuration's sources in their order of precedence: a YAML (or JSON) file, then the environment
 * ({@code AICNET_*}), then command-line flags. A key of the file that no setting has is an error, not ignored.
 */
public final class ConfigSources {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<Setting, String> merged = new EnumMap<>(Setting.class);

    public ConfigSources file(Path file) {
        if (!Files.isReadable(file)) {
            throw new ConfigError("configuration file " + file + " cannot be read");
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigError("configuration file " + file + " is not valid YAML: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ConfigError("configuration file " + file + " must hold a map of settings");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Setting setting = byKey(entry.getKey(), file);
            merged.put(setting, entry.getValue().isNull() ? null : entry.getValue().asText());
        }
        return this;
    }

    public ConfigSources environment(Map<String, String> environment) {
        for (Setting setting : Setting.values()) {
            String value = environment.get(setting.environmentVariable());
            if (value != null) {
                merged.put(setting, value);
            }
        }
        return this;
    }

    public ConfigSources flags(Map<Setting, String> flags) {
        merged.putAll(flags);
        return this;
    }

    public SuiteConfig build() {
        return SuiteConfig.of(merged);
    }

    /** The configuration of a listing, which sends nothing: no base URL or user needed. */
    public SuiteConfig buildForListing() {
        return SuiteConfig.forListing(merged);
    }

    private static Setting byKey(String key, Path file) {
        for (Setting setting : Setting.values()) {
            if (setting.key().equals(key)) {
                return setting;
            }
        }
        throw new ConfigError("configuration file " + file + ": unknown setting '" + key + "'");
    }
}
