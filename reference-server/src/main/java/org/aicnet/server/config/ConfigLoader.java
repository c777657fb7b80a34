package org.aicnet.server.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads the network configuration from a YAML file, or the embedded default when none is given, fills in the defaults
 * of what it leaves out and validates it. Every problem is a {@link ConfigException} a person can act on.
 */
public final class ConfigLoader {

    public static final String DEFAULT_RESOURCE = "default-network.yaml";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ConfigLoader() {
    }

    /**
     * Builds the reader of a configuration (its deserializers, found by reflection over the records) before there is
     * a file to read: a start calls it beside reading its command line, and {@link #load} then finds it made.
     */
    public static void prepare() {
        YAML.readerFor(NetworkConfig.class);
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
                return loaded(read(in, "the embedded " + DEFAULT_RESOURCE), "embedded default " + DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new ConfigException("the embedded " + DEFAULT_RESOURCE + " cannot be read: " + e.getMessage());
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + file + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return loaded(read(in, "configuration file " + file), file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new ConfigException("configuration file " + file + " cannot be read: " + e.getMessage());
        }
    }

    private static Loaded loaded(NetworkConfig parsed, String source) {
        if (parsed == null) {
            throw new ConfigException(source + " is empty");
        }
        NetworkConfig config = ConfigDefaults.fill(parsed);
        try {
            ConfigValidator.validate(config);
        } catch (ConfigException e) {
            throw new ConfigException(source + ": " + e.getMessage());
        }
        return new Loaded(config, source);
    }

    private static NetworkConfig read(InputStream in, String source) throws IOException {
        String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (yaml.isBlank()) {
            throw new ConfigException(source + " is empty");
        }
        try {
            return YAML.readValue(yaml, NetworkConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(source + ": unknown key '" + e.getPropertyName() + "' at " + where(e)
                    + "; known keys there: " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")));
        } catch (JsonMappingException e) {
            throw new ConfigException(source + ": at " + where(e) + ": " + oneLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + " is not valid YAML"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")") + ": "
                    + oneLine(e.getOriginalMessage()));
        }
    }

    /** The path of the failing value, as {@code centers[0].nodes[1].count}, and its line. */
    private static String where(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
        return (path.length() == 0 ? "the top level" : path) + line;
    }

    /** Jackson's and SnakeYAML's messages span lines (with a caret under the column); one line reads better. */
    private static String oneLine(String message) {
        return message.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.equals("^"))
                .collect(Collectors.joining(" "));
    }
}
