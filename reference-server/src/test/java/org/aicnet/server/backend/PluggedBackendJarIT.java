package org.aicnet.server.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * docs/backends.md, "a backend of your own": a backend compiled against aicnet-server.jar alone, listed in
 * META-INF/services and put in a jar of its own, runs a center's jobs once that jar is on the class path of
 * {@code java -cp aicnet-server.jar:echo-backend.jar org.aicnet.server.Main}; without it the server names the types it
 * has. Runs on the shaded jar, in the package phase.
 */
class PluggedBackendJarIT {

    private static final String PROVIDER = """
            package example;

            import org.aicnet.server.backend.*;
            import org.aicnet.server.standard.JobStatus;
            import java.io.IOException;
            import java.nio.file.Files;
            import java.util.*;

            /** Runs nothing: writes the command to the task's log and says it succeeded. */
            public final class EchoBackendProvider implements BackendProvider {

                public String type() {
                    return "echo";
                }

                public AcceleratorBackend create(BackendContext context) {
                    return new AcceleratorBackend() {
                        public String submit(TaskLaunch launch) throws BackendException {
                            try {
                                Files.createDirectories(launch.logFile().getParent());
                                Files.writeString(launch.logFile(), "echo backend ran: " + launch.command() + "\\n");
                            } catch (IOException e) {
                                throw new BackendException(e.getMessage(), e);
                            }
                            return launch.jobId() + "/" + launch.taskId();
                        }

                        public Map<String, TaskState> states(Collection<String> handles) {
                            Map<String, TaskState> states = new LinkedHashMap<>();
                            handles.forEach(handle -> states.put(handle, reattach(handle)));
                            return states;
                        }

                        public void stop(String handle) {
                        }

                        public TaskState reattach(String handle) {
                            return new TaskState(JobStatus.SUCCEEDED, 0, "echoed");
                        }

                        public List<NodeGroup> capacity() {
                            return context.configuredNodes();
                        }
                    };
                }
            }
            """;

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+) ");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void aBackendInItsOwnJarRunsTheJobsOfItsCenter() throws Exception {
        Path serverJar = Path.of(System.getProperty("aicnet.server.jar", "target/aicnet-server.jar"));
        assertTrue(Files.isRegularFile(serverJar), serverJar + " is built by the package phase");
        Path pluginJar = buildPlugin(serverJar);
        Path config = Files.writeString(directory.resolve("network.yaml"), RealCenters.yaml("{type: echo}"));

        Process server = start(List.of(java(), "-cp", serverJar + java.io.File.pathSeparator + pluginJar,
                "org.aicnet.server.Main", "--config", config.toString(), "--port", "0",
                "--data-dir", directory.resolve("data").toString()));
        try {
            String baseUrl = awaitListening(server);
            String token = JSON.readTree(post(baseUrl + "/auth/tokens", null, Map.of("authMethod", "password",
                    "user", Map.of("name", "alice", "password", "alice-secret")))).get("token").asText();
            String id = JSON.readTree(post(baseUrl + "/trainjob", token, Map.of("jobName", "echoed",
                    "config", Map.of("specId", RealCenters.SPEC, "imageId", RealCenters.IMAGE,
                            "command", "train --epochs 3")))).at("/metadata/id").asText();
            JsonNode detail = awaitSucceeded(baseUrl, token, id);
            String link = JSON.readTree(get(baseUrl + "/trainjob/" + id + "/tasks/"
                    + detail.at("/tasks/0/taskId").asText() + "/logs/url?contentType=text/plain", token))
                    .get("logUrl").asText();
            assertEquals("echo backend ran: train --epochs 3\n", get(link, null));
        } finally {
            server.destroy();
            assertTrue(server.waitFor(20, TimeUnit.SECONDS), "the server stops on SIGTERM");
        }
    }

    @Test
    void withoutTheJarTheServerSaysWhichTypesItHas() throws Exception {
        Path serverJar = Path.of(System.getProperty("aicnet.server.jar", "target/aicnet-server.jar"));
        Path config = Files.writeString(directory.resolve("network.yaml"), RealCenters.yaml("{type: echo}"));
        Process server = start(List.of(java(), "-cp", serverJar.toString(), "org.aicnet.server.Main",
                "--config", config.toString(), "--port", "0", "--data-dir", directory.resolve("data").toString()));
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
            fail("the server started with a center of a type it does not have");
        }
        String output = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, server.exitValue(), output);
        assertTrue(output.contains("unknown backend type 'echo'; the types on offer are [local, simulated, slurm]"),
                output);
    }

    /** Compiles the provider against the server jar alone and jars it with its ServiceLoader file. */
    private Path buildPlugin(Path serverJar) throws IOException {
        Path sources = Files.createDirectories(directory.resolve("src/example"));
        Path classes = Files.createDirectories(directory.resolve("classes"));
        Path source = Files.writeString(sources.resolve("EchoBackendProvider.java"), PROVIDER);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertNotNull(compiler, "a JDK runs the build");
        assertEquals(0, compiler.run(null, null, null, "--release", "17", "-cp", serverJar.toString(),
                "-d", classes.toString(), source.toString()));
        Path jar = directory.resolve("echo-backend.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                add(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            add(out, "META-INF/services/" + BackendProvider.class.getName(),
                    "example.EchoBackendProvider\n".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void add(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static Process start(List<String> command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String awaitListening(Process server) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            seen.append(line).append('\n');
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return listening.group(1).replaceAll("/$", "");
            }
        }
        return fail("the server did not start:\n" + seen);
    }

    private static JsonNode awaitSucceeded(String baseUrl, String token, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode detail = null;
        while (System.nanoTime() < deadline) {
            detail = JSON.readTree(get(baseUrl + "/trainjob/" + id, token));
            if ("SUCCEEDED".equals(detail.get("status").asText())) {
                return detail;
            }
            Thread.sleep(50);
        }
        return fail("the job did not succeed: " + detail);
    }

    private static String post(String url, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(token == null ? request : request.header("X-Auth-Token", token));
    }

    private static String get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        return send(token == null ? request : request.header("X-Auth-Token", token));
    }

    private static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.uri() + ": " + response.body());
        return response.body();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
