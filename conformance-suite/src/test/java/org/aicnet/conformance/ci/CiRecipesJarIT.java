package org.aicnet.conformance.ci;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.e2e.ReferenceNetwork;
import org.aicnet.server.ReferenceServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CI recipes of docs/vendor-guide.md as a vendor's CI runs them: the guide's workflow through the shell steps of
 * action.yml, and the guide's GitLab job through the template it extends, each fetching the release archive of the
 * build (target/aicnet-conformance-kit.tar.gz, by a file: URL in place of the release's) and checking a reference
 * server on a free port of 127.0.0.1; and each with a configuration error, after which the kit writes no report and
 * the recipe must still end its publishing steps cleanly. Runs in the package phase, once the archive is built
 * (surefire execution runner-jar-tests); a small tag selection keeps each run short.
 */
class CiRecipesJarIT {

    /** One quick check: the recipes are under test here, not the platform. */
    private static final String TAGS = "@req:A.5-endpoint";
    private static final String NOT_A_URL = "platform.example.com/api/v1";
    private static final String NO_REPORT = "No T/AI 123.8 compliance report";

    private static Path kit;
    private static ReferenceServer server;

    @TempDir
    static Path serverDirectory;

    @TempDir
    Path directory;

    @BeforeAll
    static void startTheReferenceServer() {
        String built = System.getProperty("aicnet.kit");
        Assumptions.assumeTrue(built != null, "runs in the package phase only, once the release archive is built");
        kit = Path.of(built);
        assertTrue(Files.isRegularFile(kit), "the release archive is not built: " + kit.toAbsolutePath());
        server = ReferenceNetwork.start(ReferenceNetwork.configuration(serverDirectory, "PT24H"),
                serverDirectory.resolve("data"));
    }

    @AfterAll
    static void stopTheReferenceServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theGuidesWorkflowChecksThePlatformAndPublishesTheReportOnThePullRequest() throws IOException {
        GithubRun run = githubRun(server.baseUrl());
        CompositeActionRun.Outcome outcome = run.outcome();
        Path reports = run.workspace().resolve(outcome.outputs().get("report-dir"));
        for (CompositeActionRun.Step step : outcome.steps()) {
            assertFalse(step.failed(), () -> step.name() + " failed:\n" + step.result().output());
        }
        assertEquals("0", outcome.outputs().get("exit-code"));
        String compliance = Files.readString(reports.resolve("compliance.md"));
        assertTrue(compliance.contains("PASS"), compliance);
        assertEquals(compliance, outcome.summary(), "the job summary is compliance.md");
        assertEquals("pr comment 17 --repo vendor/platform --body-file aicnet-report/compliance.md",
                Files.readString(run.workspace().resolveSibling("gh-calls.txt")).strip());
        assertEquals(compliance, Files.readString(run.workspace().resolveSibling("gh-body.md")));
        assertTrue(Files.readString(reports.resolve("compliance.json")).contains("gh-4242-3"),
                "the run id of the workflow run");
        for (JsonNode step : CiRecipes.jobUsingTheAction(CiRecipes.guideWorkflow()).path("steps")) {
            JsonNode junit = step.path("with").path("report_paths");
            if (!junit.isMissingNode()) {
                assertTrue(Files.isRegularFile(run.workspace().resolve(junit.asText())), "the test report " + junit);
            }
        }
    }

    @Test
    void aConfigurationErrorFailsTheWorkflowWithExit2AndNoSecondFailureOverTheMissingReport() throws IOException {
        CompositeActionRun.Outcome outcome = githubRun(NOT_A_URL).outcome();
        CompositeActionRun.Step check = outcome.step("Check the platform");
        assertEquals(2, check.result().exitCode(), check.result().output());
        assertTrue(check.result().output().contains("configuration error"), check.result().output());
        assertEquals("2", outcome.outputs().get("exit-code"));
        for (String publishing : new String[]{"Summary", "Comment on the pull request"}) {
            CompositeActionRun.Step step = outcome.step(publishing);
            assertTrue(step.ran() && !step.failed(), publishing + " must run and end cleanly: "
                    + (step.ran() ? step.result().output() : "it did not run"));
        }
        assertTrue(outcome.summary().contains(NO_REPORT + ": the kit ended (exit code 2)"), outcome.summary());
        assertFalse(Files.exists(directory.resolve("gh-calls.txt")), "no comment without a report");
    }

    @Test
    void theGuidesGitlabJobChecksThePlatformAndKeepsTheReport() throws IOException {
        GitlabJobRun.Outcome outcome = gitlabRun(server.baseUrl());
        assertEquals(0, outcome.script().exitCode(), outcome.script().output());
        assertEquals(0, outcome.afterScript().exitCode(), outcome.afterScript().output());
        JsonNode job = gitlabJob();
        Path project = directory.resolve("project");
        for (JsonNode path : job.path("artifacts").path("paths")) {
            assertTrue(Files.isDirectory(project.resolve(path.asText())), "artifact path " + path);
        }
        Path junit = project.resolve(job.path("artifacts").path("reports").path("junit").asText());
        assertTrue(Files.isRegularFile(junit), "the junit report " + junit);
        Path reports = junit.getParent();
        assertTrue(Files.readString(reports.resolve("compliance.json")).contains("gl-77-78"), "the job's run id");
        String compliance = Files.readString(reports.resolve("compliance.md"));
        assertTrue(outcome.afterScript().output().contains(compliance.lines().findFirst().orElseThrow()),
                "after_script prints compliance.md:\n" + outcome.afterScript().output());
    }

    @Test
    void aConfigurationErrorFailsTheGitlabJobWithExit2AndItsAfterScriptStillEndsCleanly() {
        GitlabJobRun.Outcome outcome = gitlabRun(NOT_A_URL);
        assertEquals(2, outcome.script().exitCode(), outcome.script().output());
        assertTrue(outcome.script().output().contains("configuration error"), outcome.script().output());
        assertEquals(0, outcome.afterScript().exitCode(), outcome.afterScript().output());
        assertTrue(outcome.afterScript().output().contains(NO_REPORT), outcome.afterScript().output());
    }

    private record GithubRun(CompositeActionRun.Outcome outcome, Path workspace) {
    }

    /**
     * The guide's workflow on a pull request: its action step's inputs, with the repository's variables and secrets
     * given, the build's archive in place of the release's and one quick check selected.
     */
    private GithubRun githubRun(String platformUrl) throws IOException {
        JsonNode step = CiRecipes.actionStep(CiRecipes.jobUsingTheAction(CiRecipes.guideWorkflow()));
        String[] uses = step.get("uses").asText().split("@");
        GithubExpressions workflowContexts = new GithubExpressions(Map.of(
                "vars.PLATFORM_BASE_URL", platformUrl,
                "vars.CONFORMANCE_USER", ReferenceNetwork.ALICE.name(),
                "secrets.CONFORMANCE_PASSWORD", ReferenceNetwork.ALICE.password(),
                "vars.CONFORMANCE_USER2", ReferenceNetwork.BOB.name(),
                "secrets.CONFORMANCE_PASSWORD2", ReferenceNetwork.BOB.password()));
        Map<String, String> with = new HashMap<>();
        step.path("with").fields().forEachRemaining(input -> with.put(input.getKey(),
                workflowContexts.resolve(input.getValue().asText())));
        with.put("kit-url", kit.toUri().toString());
        with.put("tags", TAGS);
        GithubExpressions actionContexts = new GithubExpressions(Map.of(
                "github.event_name", "pull_request",
                "github.event.pull_request.number", "17",
                "github.repository", "vendor/platform",
                "github.token", "test-token",
                "github.action_repository", uses[0],
                "github.action_ref", uses[1]));
        Path workspace = Files.createDirectories(directory.resolve("workspace"));
        Map<String, String> environment = Shell.baseEnvironment(directory, fakeGh());
        environment.putAll(Map.of("RUNNER_TEMP", Files.createDirectories(directory.resolve("runner-temp")).toString(),
                "GITHUB_WORKSPACE", workspace.toString(), "GITHUB_RUN_ID", "4242", "GITHUB_RUN_ATTEMPT", "3"));
        return new GithubRun(CompositeActionRun.run(CiFiles.read(CiFiles.ACTION), with, actionContexts, environment,
                workspace), workspace);
    }

    /** A gh on the PATH that records its arguments and the body it was given, beside the workspace. */
    private Path fakeGh() throws IOException {
        Path bin = Files.createDirectories(directory.resolve("bin"));
        Path gh = bin.resolve("gh");
        Files.writeString(gh, "#!/bin/sh\n"
                + "echo \"$@\" > \"$GITHUB_WORKSPACE/../gh-calls.txt\"\n"
                + "while [ $# -gt 0 ]; do [ \"$1\" = --body-file ] && cp \"$2\" \"$GITHUB_WORKSPACE/../gh-body.md\"; "
                + "shift; done\n");
        Files.setPosixFilePermissions(gh, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    /** The guide's job with the template it includes and extends. */
    private static JsonNode gitlabJob() {
        JsonNode pipeline = CiRecipes.guideGitlabJob();
        String included = pipeline.path("include").path(0).path("remote").asText();
        assertTrue(included.endsWith("/" + CiFiles.ROOT.relativize(CiFiles.GITLAB_TEMPLATE)),
                "the guide includes the template: " + included);
        return GitlabJobRun.extended(GitlabJobRun.including(CiFiles.read(CiFiles.GITLAB_TEMPLATE), pipeline),
                CiRecipes.GITLAB_JOB);
    }

    /** The guide's job in a project whose CI/CD variables name the platform, the account and the build's archive. */
    private GitlabJobRun.Outcome gitlabRun(String platformUrl) {
        try {
            Path project = Files.createDirectories(directory.resolve("project"));
            Map<String, String> projectVariables = Map.of(
                    "PLATFORM_BASE_URL", platformUrl,
                    "CONFORMANCE_USER", ReferenceNetwork.ALICE.name(),
                    "AICNET_PASSWORD", ReferenceNetwork.ALICE.password(),
                    "AICNET_KIT_URL", kit.toUri().toString(),
                    "AICNET_TAGS", TAGS);
            return GitlabJobRun.run(gitlabJob(), Map.of("CI_PIPELINE_ID", "77", "CI_JOB_ID", "78"), projectVariables,
                    Shell.baseEnvironment(directory, Files.createDirectories(directory.resolve("bin"))), project);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
