package org.aicnet.server.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the network configuration from a YAML file, or the embedded default when none is given. */
public final class ConfigLoader {

    public static final String DEFAULT_RESOURCE = "default-network.yaml";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ConfigLoader() {
    }

    /** A loaded configuration and where it came from, for the start-up line. */
    public record Loaded(NetworkConfig config, String source) {
    }

    public static Loaded load(Path file) {
        if (file == null) {
            try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new ConfigException("the embedded " + DEFAULT_RESOURCE + " is missing from the jar");
                }
                return new Loaded(YAML.readValue(in, NetworkConfig.class), "embedded default " + DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new ConfigException("the embedded " + DEFAULT_RESOURCE + " is invalid: " + e.getMessage());
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + file + " does not exist");
        }
        try {
            return new Loaded(YAML.readValue(file.toFile(), NetworkConfig.class), file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new ConfigException("configuration file " + file + " is invalid: " + e.getMessage());
        }
    }
}
