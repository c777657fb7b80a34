package org.aicnet.conformance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.conformance.e2e.ReferenceNetwork;
import org.aicnet.server.ReferenceServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run cancelled as CI cancels it: SIGTERM to the runner jar while a check's job runs the long command. The runner
 * stops starting checks, stops and deletes the jobs it created, writes every report marked incomplete, and exits
 * {@link Runner#CANCELLED}; nothing of the run is left running. Runs in the package phase, once the jar is built.
 */
class CancelJarIT {

    private static final String RUN_ID = "cancel-it";

    @TempDir
    Path temp;

    @Test
    void sigtermLeavesAnIncompleteReportAndNothingRunning() throws Exception {
        String built = System.getProperty("aicnet.jar");
        Assumptions.assumeTrue(built != null, "runs in the package phase only, once the jar is built");
        try (ReferenceServer server = ReferenceNetwork.start(ReferenceNetwork.configuration(temp.resolve("config"),
                "PT24H"), temp.resolve("data"))) {
            Path reports = temp.resolve("reports");
            Path out = temp.resolve("out.txt");
            Process runner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", built, "--base-url", server.baseUrl(), "--user", "alice", "--password", "alice-secret",
                    "--tags", "@clause:6.3.4", "--run-id", RUN_ID, "--report-dir", reports.toString())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            PlatformJobs jobs = new PlatformJobs(server, ReferenceNetwork.ALICE);
            try {
                waitForARunningJob(jobs, runner, out);
                runner.destroy(); // SIGTERM
                assertTrue(runner.waitFor(60, TimeUnit.SECONDS), "the runner did not end within 60 s of SIGTERM");
            } finally {
                runner.destroyForcibly();
            }
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals(Runner.CANCELLED, runner.exitValue(), printed);
            assertTrue(printed.contains("SIGTERM: cancelling the run"), printed);
            JsonNode json = new ObjectMapper().readTree(reports.resolve("compliance.json").toFile());
            assertEquals("INCOMPLETE", json.at("/completion/state").asText());
            assertTrue(json.at("/completion/reason").asText().startsWith("cancelled by SIGTERM"), json.toString());
            assertEquals(Runner.CANCELLED, json.path("exitCode").intValue());
            for (String file : List.of("compliance.html", "compliance.md", "junit.xml", "badge.svg")) {
                assertTrue(Files.isRegularFile(reports.resolve(file)), file);
            }
            assertTrue(Files.readString(reports.resolve("compliance.md")).contains("Incomplete: cancelled by SIGTERM"));
            assertEquals(List.of(), jobs.named(RUN_ID + "-"), "the run's jobs are stopped and deleted:\n" + printed);
        }
    }

    private static void waitForARunningJob(PlatformJobs jobs, Process runner, Path out) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && runner.isAlive()) {
            if (jobs.named(RUN_ID + "-").stream().anyMatch(job -> job.status().equals("RUNNING"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no job of the run was RUNNING:\n" + Files.readString(out, StandardCharsets.UTF_8));
    }
}
