package org.aicnet.conformance.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runner jar as a vendor runs it: {@code java -jar target/aicnet-conformance.jar ...} in a process of its own.
 * Runs in the package phase, after the shade plugin built the jar (surefire execution runner-jar-tests).
 */
class RunnerJarIT {

    /** A base URL where nothing listens: every request is refused at once. */
    private static final String UNREACHABLE = "http://127.0.0.1:1";
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) passed, (\\d+) failed, (\\d+) errors, (\\d+) skipped");

    private static Path jar;

    /** The run's output files and reports, removed after each test. */
    @TempDir
    Path directory;

    /** What a run of the jar printed, and its exit code. */
    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void findJar() {
        String built = System.getProperty("aicnet.jar");
        Assumptions.assumeTrue(built != null, "runs in the package phase only, once the jar is built");
        jar = Path.of(built);
        assertTrue(Files.isRegularFile(jar), "the runner jar is not built: " + jar.toAbsolutePath());
    }

    @Test
    void listsTheChecksWithoutSendingARequest() throws Exception {
        Run run = java("--list", "--base-url", UNREACHABLE, "--user", "jar-it-user", "--password", "jar-it-password");
        assertEquals(0, run.exitCode(), run.err());
        Matcher count = Pattern.compile("(?m)^(\\d+) checks$").matcher(run.out());
        assertTrue(count.find(), "no count of checks in:\n" + run.out());
        assertTrue(Integer.parseInt(count.group(1)) > 100, run.out());
        assertTrue(run.out().contains("centers:") && run.out().contains("mandatory")
                && run.out().contains("A.5-endpoint"), "the listing names no check of the centers:\n" + run.out());
    }

    @Test
    void withoutABaseUrlItExits2AndSaysWhatIsMissing() throws Exception {
        Run run = java("--user", "jar-it-user", "--password", "jar-it-password");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("--base-url is required"), run.err());
    }

    @Test
    void anUnreachablePlatformEndsTheRunInSecondsWithExit2AndAReport() throws Exception {
        Path reports = directory.resolve("reports");
        long start = System.nanoTime();
        Run run = java("--base-url", UNREACHABLE, "--user", "jar-it-user", "--password", "jar-it-password",
                "--report-dir", reports.toString());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(2, run.exitCode(), run.out() + run.err());
        // no check ran (below) is what proves the preflight; the bound only catches a hang (retries, connect timeouts)
        // and leaves room for the start of a JVM on a busy 2-core machine
        System.out.println("an unreachable platform: exit 2 after " + seconds + " s");
        assertTrue(seconds < 45, "took " + seconds + " s");
        assertTrue(run.err().strip().matches("aicnet-conformance: preflight: nothing listens at 127\\.0\\.0\\.1:1: .*"),
                run.err());
        assertTrue(Files.readString(reports.resolve("compliance.json")).contains("\"verdict\" : \"NOT_RUN\""),
                "the report says the run did not happen");
        assertTrue(!SUMMARY.matcher(run.out()).find(), "no check ran:\n" + run.out());
    }

    private Run java(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AICNET_"));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", arguments) + " did not end in 5 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
