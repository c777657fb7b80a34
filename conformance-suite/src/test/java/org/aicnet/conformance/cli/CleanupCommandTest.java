package org.aicnet.conformance.cli;

import org.aicnet.conformance.e2e.ReferenceNetwork;
import org.aicnet.server.ReferenceServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code aicnet-conformance cleanup --run-id ID}: stops and deletes the training jobs whose names start with the run
 * id, leaves every other job alone, and says what annex A gives no way to remove.
 */
class CleanupCommandTest {

    @TempDir
    static Path temp;
    private static ReferenceServer server;

    @BeforeAll
    static void startServer() {
        server = ReferenceNetwork.start(ReferenceNetwork.configuration(temp.resolve("config"), "PT24H"),
                temp.resolve("data"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void removesTheJobsOfThePastRunOnly() {
        PlatformJobs jobs = new PlatformJobs(server, ReferenceNetwork.ALICE);
        String running = jobs.create("gh-1234-1-run1-x", "sleep 600");
        String ended = jobs.create("gh-1234-1-done2-x", "echo done");
        String other = jobs.create("gh-1234-2-run1-x", "sleep 600");
        String mine = jobs.create("my-own-job", "sleep 600");

        RunnerOutput output = RunnerOutput.run("cleanup", "--run-id", "gh-1234-1", "--base-url", server.baseUrl(),
                "--user", "alice", "--password", "alice-secret");

        assertEquals(Runner.OK, output.exitCode(), output.out() + output.err());
        assertEquals(List.of(), jobs.named("gh-1234-1-"), output.out());
        assertEquals(List.of(other), jobs.named("gh-1234-2-").stream().map(PlatformJobs.Job::id).toList());
        assertEquals("RUNNING", jobs.named("my-own-job").get(0).status(), "a job of another name is left alone");
        assertTrue(output.out().contains("cleanup: training job " + running + " stopped and deleted"), output.out());
        assertTrue(output.out().contains("cleanup: training job " + ended + " stopped and deleted"), output.out());
        assertTrue(output.out().contains("annex A has no endpoint to list, stop or delete an online job"), output.out());
        assertTrue(!output.out().contains(mine), output.out());
    }

    @Test
    void withoutARunIdItSaysWhatIsMissing() {
        RunnerOutput output = RunnerOutput.run("cleanup", "--base-url", server.baseUrl(), "--user", "alice",
                "--password", "alice-secret");
        assertEquals(Runner.HARNESS_ERROR, output.exitCode());
        assertEquals(List.of("aicnet-conformance: configuration error: cleanup needs the id of the run to clean up: "
                + "--run-id ID (or AICNET_RUN_ID)"), output.errLines());
    }
}
