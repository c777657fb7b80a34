package org.aicnet.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium driven through the DevTools protocol over a WebSocket on loopback, so that a test can use a page
 * as a person would: open it, fill and click, wait for what the page shows, take screenshots. One page per instance;
 * a fresh profile, no network services of Chromium's own; the page's uncaught exceptions and the addresses it
 * requested are collected.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration START = Duration.ofSeconds(30);
    private static final Duration CALL = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final String session;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> exceptions = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());

    /** Debian's chromium (/usr/bin/chromium), or chromium or chromium-browser on the PATH. */
    public static Optional<Path> find() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")));
        return Stream.concat(Stream.of(Path.of("/usr/bin/chromium")), onPath).filter(Files::isExecutable).findFirst();
    }

    public HeadlessChromium(Path executable, int width, int height) throws Exception {
        profile = Files.createTempDirectory("aicnet-console-chromium");
        process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(START)
                    .buildAsync(URI.create(browserUrl()), new Listener()).get(START.toSeconds(), TimeUnit.SECONDS);
            String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
            session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                    .path("sessionId").asText();
            call("Page.enable", Map.of());
            call("Runtime.enable", Map.of());
            call("Network.enable", Map.of());
            call("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** Opens the address and waits until the page's script says it is ready ({@code body[data-ready=true]}). */
    public void open(String url) throws Exception {
        navigate(url);
        await("document.body && document.body.dataset.ready === 'true'", Duration.ofSeconds(20), "the page to load");
    }

    /** Opens the address without waiting for anything. */
    public void navigate(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
    }

    /** The value of a JavaScript expression in the page (promises awaited); a thrown error fails the test. */
    public JsonNode eval(String expression) throws Exception {
        JsonNode answer = call("Runtime.evaluate",
                Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (answer.has("exceptionDetails")) {
            throw new AssertionError("the page threw on " + expression + ": " + answer.get("exceptionDetails"));
        }
        return answer.path("result").path("value");
    }

    /** Waits until the expression is true in the page, polling; fails after {@code timeout} with {@code what}. */
    public void await(String condition, Duration timeout, String what) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!eval("Boolean(" + condition + ")").asBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; the page says: "
                        + eval("document.getElementById('message') ? document.getElementById('message').textContent"
                        + " : ''").asText());
            }
            Thread.sleep(100);
        }
    }

    /** Chooses files for the file input that the selector names, as a person would in the file dialog. */
    public void chooseFile(String selector, Path file) throws Exception {
        int root = call("DOM.getDocument", Map.of()).path("root").path("nodeId").asInt();
        int input = call("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).path("nodeId").asInt();
        call("DOM.setFileInputFiles", Map.of("nodeId", input, "files", List.of(file.toAbsolutePath().toString())));
    }

    public void screenshot(Path png) throws Exception {
        String data = call("Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(data));
    }

    /** The page's uncaught exceptions so far. */
    public List<String> exceptions() {
        return List.copyOf(exceptions);
    }

    /** Every address the page requested so far, its own, its scripts', its fetches'. */
    public List<String> requested() {
        return List.copyOf(requested);
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        return call(session, method, params);
    }

    private JsonNode call(String sessionId, String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true).get(CALL.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(CALL.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new AssertionError(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    private String browserUrl() throws IOException {
        BufferedReader errors = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = errors.readLine()) != null) {
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        drain(errors);
                        return listening.group(1);
                    }
                }
                throw new IllegalStateException("chromium ended without a DevTools address");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return url.get(START.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("chromium did not open its DevTools port within " + START.toSeconds() + " s", e);
        }
    }

    // The rest of Chromium's log is not needed, but a full pipe would stall it.
    private static void drain(BufferedReader errors) {
        Thread drain = new Thread(() -> {
            try {
                while (errors.readLine() != null) {
                    // discarded
                }
            } catch (IOException ignored) {
                // chromium ended
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.abort();
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteProfile();
    }

    // Chromium's helper processes may still write into the profile for a moment after the browser ended.
    private void deleteProfile() throws IOException {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> paths = Files.walk(profile)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
                return;
            } catch (IOException | java.io.UncheckedIOException e) {
                if (attempt == 5) {
                    throw e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                receive(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void receive(String message) {
            try {
                JsonNode node = JSON.readTree(message);
                if (node.has("id")) {
                    CompletableFuture<JsonNode> answer = pending.remove(node.get("id").asInt());
                    if (answer != null) {
                        answer.complete(node);
                    }
                } else if ("Runtime.exceptionThrown".equals(node.path("method").asText())) {
                    exceptions.add(node.path("params").path("exceptionDetails").toString());
                } else if ("Network.requestWillBeSent".equals(node.path("method").asText())) {
                    requested.add(node.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                exceptions.add("unreadable DevTools message: " + e);
            }
        }
    }
}
