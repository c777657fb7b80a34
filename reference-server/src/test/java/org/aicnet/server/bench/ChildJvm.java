package org.aicnet.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM of its own on this benchmark's class path, its output written to a file (no pipe for the benchmark to drain
 * while it measures), started until it prints its "listening on URL " line.
 */
final class ChildJvm implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+) ");
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final Path output;
    private final int port;
    private final long startMillis;

    private ChildJvm(Process process, Path output, int port, long startMillis) {
        this.process = process;
        this.output = output;
        this.port = port;
        this.startMillis = startMillis;
    }

    /**
     * Starts {@code java [OPTIONS] -cp CLASSPATH MAIN ARGS...} and waits for its start-up line; the options, for a
     * profiler say, are the system property {@code aicnet.bench.jvmOptions} split at spaces.
     */
    static ChildJvm start(Path output, String mainClass, String... arguments) throws IOException, InterruptedException {
        return startOn(output, System.getProperty("java.class.path"), mainClass, arguments);
    }

    /** {@link #start(Path, String, String...)} on the class path {@code classPath}. */
    static ChildJvm startOn(Path output, String classPath, String mainClass, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = java();
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(arguments));
        return launch(output, mainClass, command);
    }

    /** {@code java [OPTIONS] [JVM_OPTIONS] -jar JAR ARGS...}, as {@link #start(Path, String, String...)}. */
    static ChildJvm startJar(Path output, Path jar, List<String> jvmOptions, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = java();
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(arguments));
        return launch(output, jar.getFileName().toString(), command);
    }

    private static List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = System.getProperty("aicnet.bench.jvmOptions", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        return command;
    }

    private static ChildJvm launch(Path output, String name, List<String> command)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long deadline = started + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(Files.readString(output, StandardCharsets.UTF_8));
            if (listening.find()) {
                long millis = (System.nanoTime() - started) / 1_000_000;
                return new ChildJvm(process, output, Integer.parseInt(listening.group(1)), millis);
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(2);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not start:\n" + Files.readString(output));
    }

    int port() {
        return port;
    }

    /** From launching the JVM to its start-up line. */
    long startMillis() {
        return startMillis;
    }

    /** Its resident memory now (VmRSS of /proc), in MiB; -1 where /proc does not tell. */
    double residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }

    /** Kills it at once (SIGKILL), as a crash would, and waits for its end. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    Path output() {
        return output;
    }

    /** SIGTERM, then SIGKILL after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
