package org.aicnet.conformance.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One run of the runner in this JVM: its exit code, what it printed, and how long it took. */
record RunnerOutput(int exitCode, String out, String err, long millis) {

    static RunnerOutput run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int exitCode = new Runner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment).run(args);
        return new RunnerOutput(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                (System.nanoTime() - start) / 1_000_000);
    }

    static RunnerOutput run(String... args) {
        return run(Map.of(), args);
    }

    /** The lines the runner printed on stderr. */
    java.util.List<String> errLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }
}
