package org.aicnet.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The server run in a process of its own, from the shaded jar as a user runs it or from a class path: its output
 * (stdout and stderr) is kept line by line, and {@link #awaitListening} waits for its start-up line. Closing it sends
 * SIGTERM and waits for the exit; {@link #kill} sends SIGKILL. Its static methods call it over HTTP with the JDK's client.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+) ");
    private static final String TOKEN_HEADER = "X-Auth-Token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final CompletableFuture<String> listening = new CompletableFuture<>();

    private ServerProcess(List<String> command) throws IOException {
        this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(this::read, "server-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The jar the package phase built: the {@code aicnet.server.jar} property, else target/aicnet-server.jar. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("aicnet.server.jar", "target/aicnet-server.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is built by the package phase");
        return jar;
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts {@code java ARGS...}, e.g. {@code -jar aicnet-server.jar --port 0 ...}. */
    public static ServerProcess start(List<String> javaArguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(javaArguments);
        return new ServerProcess(command);
    }

    /** The base URL of its start-up line; fails with the output so far when it exits or takes a minute. */
    public String awaitListening() throws InterruptedException {
        try {
            return listening.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return fail("the server did not start:\n" + String.join("\n", output()));
        }
    }

    /** The lines it has written so far. */
    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** A GET, with the token when not null. */
    public static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        return send(token == null ? request : request.header(TOKEN_HEADER, token));
    }

    /** A POST of {@code body} as JSON, with the token when not null. */
    public static HttpResponse<String> post(String url, String token, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(token == null ? request : request.header(TOKEN_HEADER, token));
    }

    /** The body of a 200 answer; fails on any other status. */
    public static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri() + ": " + response.body());
        return response.body();
    }

    /** The body of a 200 answer, as JSON. */
    public static JsonNode okJson(HttpResponse<String> response) throws IOException {
        return JSON.readTree(ok(response));
    }

    /** Waits until it exits, and gives its exit status. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("the server still runs after " + timeout + ":\n" + String.join("\n", output()));
        }
        return process.exitValue();
    }

    /**
     * Kills it as {@code kill -9} does: {@link Process#destroyForcibly} sends SIGKILL on Linux, so no shutdown hook
     * runs. Gives its exit status, 137 (128 + 9) for a process that SIGKILL ended.
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the server ends on SIGKILL");
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the server stops on SIGTERM");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    listening.complete(matcher.group(1).replaceAll("/$", ""));
                }
            }
        } catch (IOException e) {
            listening.completeExceptionally(e);
        }
        listening.completeExceptionally(new IllegalStateException("the server exited"));
    }
}
