package org.aicnet.server.console;

import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.HeadlessChromium;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console in headless Chromium, as a person uses it: log in, see the centers, specs and images, submit a job,
 * watch its state and its log while it runs and after it finished, delete it, upload a dataset with its MD5 and
 * progress. Screenshots land in target/console/. Skipped, with the reason, only where Chromium is not installed;
 * CI (.ci/run) installs it.
 */
class ConsoleInChromiumTest {

    static final Path OUTPUT = Path.of("target", "console");
    private static final Duration JOB = Duration.ofSeconds(30);

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();
    private static HeadlessChromium chromium;

    @BeforeAll
    static void startChromium() throws Exception {
        Path executable = HeadlessChromium.find().orElse(null);
        assumeTrue(executable != null, "chromium is not installed (Debian: apt-get install chromium); .ci/run "
                + "installs it, so CI runs this test");
        chromium = new HeadlessChromium(executable, 1400, 1700);
    }

    @AfterAll
    static void stopChromium() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void logInSubmitAJobWatchItFinishReadItsLogDeleteItAndUploadADataset() throws Exception {
        chromium.open(network.server().baseUrl() + "/");
        assertTrue(chromium.eval("location.pathname").asText().endsWith("/console/index.html"), "/ leads here");

        logIn();
        chromium.screenshot(OUTPUT.resolve("1-logged-in.png"));

        String id = submit("console-job", "echo epoch 1 loss 0.91; sleep 2; echo epoch 2 loss 0.42; sleep 1; "
                + "echo training done");
        chromium.await("document.getElementById('job-detail').dataset.status === 'RUNNING'"
                + " && document.getElementById('log-task-0').textContent.includes('epoch 1 loss 0.91')", JOB,
                "the running job and the first lines of its log");
        // the log's first line repeats the command: the last step's output is a second "training done"
        assertEquals(1, occurrences(chromium.eval("document.getElementById('log-task-0').textContent").asText(),
                "training done"), "the log is shown as it is written, before the job ends");
        chromium.screenshot(OUTPUT.resolve("2-job-running.png"));

        chromium.await("document.getElementById('job-detail').dataset.status === 'SUCCEEDED'"
                + " && document.getElementById('log-task-0').dataset.final === 'true'", JOB, "the finished job");
        String log = chromium.eval("document.getElementById('log-task-0').textContent").asText();
        assertEquals(2, occurrences(log, "epoch 2 loss 0.42"), log);
        assertEquals(2, occurrences(log, "training done"), log);
        chromium.await("document.querySelector('#jobs tr[data-job-id=\"" + id + "\"]').dataset.status"
                + " === 'SUCCEEDED'", JOB, "the list to show the job SUCCEEDED");
        chromium.screenshot(OUTPUT.resolve("3-job-succeeded-with-log.png"));

        chromium.eval("document.getElementById('delete').click()");
        chromium.await("!document.querySelector('#jobs tr[data-job-id=\"" + id + "\"]')", JOB,
                "the deleted job to leave the list");
        given(network.as(TestServers.ALICE)).get(ApiPaths.TRAIN_JOB, id).then().statusCode(400);

        upload();
        chromium.screenshot(OUTPUT.resolve("4-dataset-uploaded.png"));
        assertEquals(List.of(), chromium.exceptions(), "uncaught exceptions of the page");
        assertEquals(List.of(), chromium.requested().stream()
                .filter(url -> !url.startsWith(network.server().baseUrl() + "/") && !url.equals("about:blank")
                        && !url.startsWith("data:"))
                .toList(), "the console asks nothing of any other address");
    }

    @Test
    void aRunningJobIsStoppedFromTheConsole() throws Exception {
        chromium.open(network.server().baseUrl() + "/console");
        logIn();
        submit("console-stopped", "sleep 60");
        chromium.await("document.getElementById('job-detail').dataset.status === 'RUNNING'", JOB, "a running job");
        chromium.eval("document.getElementById('stop').click()");
        chromium.await("document.getElementById('job-detail').dataset.status === 'STOPPED'", JOB, "the stopped job");
        assertEquals(List.of(), chromium.exceptions(), "uncaught exceptions of the page");
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** Logs in unless the tab still holds a token, then waits for the catalog the job form chooses from. */
    private static void logIn() throws Exception {
        if (chromium.eval("document.getElementById('workspace').hidden").asBoolean()) {
            chromium.eval("document.getElementById('user').value = 'alice';"
                    + "document.getElementById('password').value = 'alice-secret';"
                    + "document.querySelector('#login-form button').click()");
        }
        chromium.await("!document.getElementById('workspace').hidden"
                + " && document.querySelectorAll('#specs tbody tr').length > 0"
                + " && document.querySelectorAll('#centers tbody tr').length > 0"
                + " && document.getElementById('job-spec').options.length > 0"
                + " && document.getElementById('job-image').options.length > 0", JOB, "the workspace after log-in");
        assertTrue(chromium.eval("document.getElementById('centers').textContent").asText().contains("GPU Center"));
    }

    /** Fills the job form and submits it; returns the id of the job the detail then shows. */
    private static String submit(String name, String command) throws Exception {
        chromium.eval("document.getElementById('job-name').value = '" + name + "';"
                + "document.getElementById('job-center').value = '" + TestNetworks.GPU_CENTER + "';"
                + "document.getElementById('job-spec').value = '" + TestNetworks.GPU_1 + "';"
                + "document.getElementById('job-image').value = '" + TestNetworks.TORCH + "';"
                + "document.getElementById('job-command').value = '" + command + "';"
                + "document.querySelector('#job-form button').click()");
        chromium.await("document.getElementById('detail-name').textContent === '" + name + "'", JOB,
                "the submitted job's detail");
        return chromium.eval("document.getElementById('detail-id').textContent").asText();
    }

    private static void upload() throws Exception {
        Path file = Files.createDirectories(OUTPUT).resolve("console-dataset.csv");
        Files.writeString(file, "label,text\n" + "1,hello from the console\n".repeat(20_000), StandardCharsets.UTF_8);
        chromium.chooseFile("#dataset-file", file);
        chromium.eval("document.getElementById('dataset-title').value = 'console dataset';"
                + "document.querySelector('#upload-form button').click()");
        chromium.await("document.getElementById('upload-state').textContent.startsWith('uploaded as')", JOB,
                "the upload, its MD5 accepted");
        assertEquals(100, chromium.eval("document.getElementById('upload-progress').value").asInt());
        given(network.as(TestServers.ALICE)).queryParam(ListQueries.QUERY, "console dataset").get(ApiPaths.DATASETS)
                .then().statusCode(200).body("datasets.title", org.hamcrest.Matchers.hasItem("console dataset"));
    }
}
