package org.aicnet.server.backend;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.server.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import static org.aicnet.server.ServerProcess.get;
import static org.aicnet.server.ServerProcess.ok;
import static org.aicnet.server.ServerProcess.okJson;
import static org.aicnet.server.ServerProcess.post;
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
                            return new TaskState(TaskStatus.SUCCEEDED, 0, "echoed");
                        }

                        public List<NodeGroup> capacity() {
                            return context.configuredNodes();
                        }
                    };
                }
            }
            """;

    @TempDir
    Path directory;

    @Test
    void aBackendInItsOwnJarRunsTheJobsOfItsCenter() throws Exception {
        Path serverJar = ServerProcess.jar();
        Path pluginJar = buildPlugin(serverJar);
        Path config = Files.writeString(directory.resolve("network.yaml"), RealCenters.yaml("{type: echo}"));

        try (ServerProcess server = ServerProcess.start(List.of("-cp",
                serverJar + java.io.File.pathSeparator + pluginJar, "org.aicnet.server.Main",
                "--config", config.toString(), "--port", "0", "--data-dir", directory.resolve("data").toString()))) {
            String baseUrl = server.awaitListening();
            String token = okJson(post(baseUrl + "/auth/tokens", null, Map.of("authMethod", "password",
                    "user", Map.of("name", "alice", "password", "alice-secret")))).get("token").asText();
            String id = okJson(post(baseUrl + "/trainjob", token, Map.of("jobName", "echoed",
                    "config", Map.of("specId", RealCenters.SPEC, "imageId", RealCenters.IMAGE,
                            "command", "train --epochs 3")))).at("/metadata/id").asText();
            JsonNode detail = awaitSucceeded(baseUrl, token, id);
            String link = okJson(get(baseUrl + "/trainjob/" + id + "/tasks/"
                    + detail.at("/tasks/0/taskId").asText() + "/logs/url?contentType=text/plain", token))
                    .get("logUrl").asText();
            assertEquals("echo backend ran: train --epochs 3\n", ok(get(link, null)));
        }
    }

    @Test
    void withoutTheJarTheServerSaysWhichTypesItHas() throws Exception {
        Path config = Files.writeString(directory.resolve("network.yaml"), RealCenters.yaml("{type: echo}"));
        ServerProcess server = ServerProcess.start(List.of("-cp", ServerProcess.jar().toString(),
                "org.aicnet.server.Main", "--config", config.toString(), "--port", "0",
                "--data-dir", directory.resolve("data").toString()));
        int status = server.awaitExit(Duration.ofSeconds(60));
        String output = String.join("\n", server.output());
        assertEquals(2, status, output);
        assertTrue(output.contains("unknown backend type 'echo'; the types on offer are [kubernetes, local, simulated, slurm]"),
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

    private static JsonNode awaitSucceeded(String baseUrl, String token, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode detail = null;
        while (System.nanoTime() < deadline) {
            detail = okJson(get(baseUrl + "/trainjob/" + id, token));
            if ("SUCCEEDED".equals(detail.get("status").asText())) {
                return detail;
            }
            Thread.sleep(50);
        }
        return fail("the job did not succeed: " + detail);
    }
}
