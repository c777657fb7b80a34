package org.aicnet.conformance.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An image in the OCI image layout, as Jib's buildTar writes it (index.json, blobs/sha256/...): its configuration,
 * and its layers unpacked in order into one root file system, as a container runtime lays them out.
 */
record OciImage(Path layout, JsonNode manifest, JsonNode config) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The single image of the tarball, unpacked into the directory. */
    static OciImage unpack(Path tarball, Path directory) throws IOException, InterruptedException {
        Path layout = Files.createDirectories(directory.resolve("layout"));
        tar(layout, "-xf", tarball.toString());
        JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
        if (index.path("manifests").size() != 1) {
            throw new AssertionError("the tarball holds " + index.path("manifests").size() + " images, not one");
        }
        JsonNode manifest = JSON.readTree(blob(layout, index.path("manifests").get(0)).toFile());
        JsonNode config = JSON.readTree(blob(layout, manifest.path("config")).toFile());
        return new OciImage(layout, manifest, config);
    }

    /** The layers, first to last, unpacked into {@code root} with their modes. */
    Path rootFileSystem(Path root) throws IOException, InterruptedException {
        Files.createDirectories(root);
        for (JsonNode layer : manifest.path("layers")) {
            String mediaType = layer.path("mediaType").asText();
            if (!mediaType.endsWith("tar+gzip")) {
                throw new AssertionError("a layer of another media type: " + mediaType);
            }
            tar(root, "--no-same-owner", "-xpzf", blob(layout, layer).toString());
        }
        return root;
    }

    List<String> entrypoint() {
        return strings(config.path("config").path("Entrypoint"));
    }

    String workingDirectory() {
        return config.path("config").path("WorkingDir").asText("/");
    }

    /** The image's environment, {@code NAME=value} entries as a map. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : strings(config.path("config").path("Env"))) {
            int equals = entry.indexOf('=');
            environment.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
        return environment;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asText()));
        return strings;
    }

    private static Path blob(Path layout, JsonNode descriptor) {
        String[] digest = descriptor.path("digest").asText().split(":", 2);
        return layout.resolve("blobs").resolve(digest[0]).resolve(digest[1]);
    }

    private static void tar(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tar", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
