package org.aicnet.conformance.cli;

import org.aicnet.conformance.KitError;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reference server's jar started as a child process on a free loopback port with a fresh data directory, for
 * {@code --start-server}: a way to try the kit on one machine. The suite learns nothing from it but its URL, read
 * from the line the server prints when it listens.
 */
final class ReferenceServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (https?://\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path dataDirectory;
    private final String baseUrl;

    private ReferenceServerProcess(Process process, Path dataDirectory, String baseUrl) {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.baseUrl = baseUrl;
    }

    static ReferenceServerProcess start(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new KitError("--start-server: no reference server jar at " + jar
                    + " (build it with: mvn -B -ntp package -DskipTests)");
        }
        Path data;
        Process process;
        try {
            data = Files.createTempDirectory("aicnet-reference-");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "") + ".jsa");
            if (Files.isRegularFile(archive)) {
                // the class-data archive the server's build makes beside its jar: about half the start; a Java
                // other than the one that made it starts without it
                command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            }
            command.addAll(List.of("-jar", jar.toString(), "--port", "0", "--host", "127.0.0.1",
                    "--data-dir", data.toString()));
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new KitError("--start-server: cannot start " + jar + ": " + e.getMessage(), e);
        }
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> readUrl(process));
        try {
            return new ReferenceServerProcess(process, data, url.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            deleteQuietly(data);
            throw new KitError("--start-server: the reference server did not say where it listens within "
                    + START_TIMEOUT.toSeconds() + " s: " + e.getMessage(), e);
        }
    }

    private static String readUrl(Process process) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    Thread drain = new Thread(() -> drain(lines), "reference-server-output");
                    drain.setDaemon(true);
                    drain.start();
                    return listening.group(1);
                }
            }
        } catch (IOException e) {
            throw new KitError("--start-server: cannot read the reference server's output: " + e.getMessage(), e);
        }
        throw new KitError("--start-server: the reference server ended before it listened (exit code "
                + process.exitValue() + ")");
    }

    /** The server's request log is not the suite's: read and dropped, so the server never blocks on a full pipe. */
    private static void drain(BufferedReader lines) {
        try {
            while (lines.readLine() != null) {
                // keep reading
            }
        } catch (IOException ignored) {
            // the server has stopped
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteQuietly(dataDirectory);
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
