package org.aicnet.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.KitError;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.jobs.Jobs;
import org.aicnet.conformance.jobs.TaskLogChecks;
import org.aicnet.conformance.jobs.TrackedJob;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.conformance.run.Pause;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.LogContentTypes;
import org.opentest4j.TestAbortedException;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log links of a job's tasks (7.4.4, A.46-A.48, readings R-log-link and R-log-link-refusal): links are opened
 * without a token, as a browser would.
 */
public final class TaskLogSteps {

    /** A command that writes a text: {@code echo TEXT}, the text optionally quoted. */
    private static final Pattern ECHO = Pattern.compile("^\\s*echo\\s+(['\"]?)(.+?)\\1\\s*$");

    private final World world;
    private final Jobs jobs;
    private final JobContext context;

    public TaskLogSteps(World world, Jobs jobs, JobContext context) {
        this.world = world;
        this.jobs = jobs;
        this.context = context;
    }

    @When("{actor} asks for the {logLinkKind} link of the job's task")
    public void asksForTheLink(Credentials actor, String contentType) {
        world.respond(jobs.taskLogLink(context.job().id(), firstTask(), contentType, actor));
    }

    @When("the user asks for a log link of the job's task without a content type")
    public void asksWithoutContentType() {
        world.respond(jobs.taskLogLink(context.job().id(), firstTask(), null, jobs.user()));
    }

    @When("the user asks for a log link of the job's task with the content type {string}")
    public void asksWithContentType(String contentType) {
        world.respond(jobs.taskLogLink(context.job().id(), firstTask(), contentType, jobs.user()));
    }

    @When("the user asks for the preview link of an unknown task of the job")
    public void asksForAnUnknownTask() {
        world.respond(jobs.taskLogLink(context.job().id(), jobs.newName("no-task"), LogContentTypes.TEXT_PLAIN, jobs.user()));
    }

    @When("the user asks for the preview link of a task of an unknown training job")
    public void asksForATaskOfAnUnknownJob() {
        world.respond(jobs.taskLogLink(jobs.newName("no-job"), jobs.newName("no-task"), LogContentTypes.TEXT_PLAIN,
                jobs.user()));
    }

    @Given("the preview link of the job's task")
    public void thePreviewLink() {
        ApiResponse response = jobs.taskLogLink(context.job().id(), firstTask(), LogContentTypes.TEXT_PLAIN, jobs.user());
        try {
            Expect.success(response);
            context.taskLogLink(Expect.schema(response, TableSchemas.TRAINJOB_LOG_URL_RESPONSE).path("logUrl").asText());
        } catch (AssertionError e) {
            throw new KitError("this check needs a log link of " + context.job() + ": " + e.getMessage(), e);
        }
    }

    @Then("the answer is a log link")
    public void theAnswerIsALogLink() {
        JsonNode body = Expect.schema(world.response(), TableSchemas.TRAINJOB_LOG_URL_RESPONSE);
        context.taskLogLink(body.path("logUrl").asText());
    }

    @When("the link is opened without a token")
    public void theLinkIsOpened() {
        world.respond(open(context.taskLogLink()));
    }

    @When("a tampered copy of the link is opened without a token")
    public void aTamperedLinkIsOpened() {
        world.respond(open(tampered(context.taskLogLink())));
    }

    @When("the link is opened without a token once it has expired")
    public void anExpiredLinkIsOpened() {
        Duration lifetime = world.config().logLinkLifetime().orElseThrow(() -> new TestAbortedException(
                "no log link lifetime configured (--log-link-lifetime): the suite cannot tell when a link expires"));
        if (lifetime.compareTo(world.config().jobTimeout()) > 0) {
            throw new TestAbortedException("log links live " + lifetime + ", longer than the suite waits for "
                    + "anything (--job-timeout " + world.config().jobTimeout() + ")");
        }
        Pause.of(lifetime.plus(Duration.ofSeconds(1)), "for a log link to expire");
        world.respond(open(context.taskLogLink()));
    }

    /** A.47, A.48: a preview link serves text/plain (UTF-8) inline. */
    @Then("the log is served as plain text, inline")
    public void servedAsPlainText() {
        TaskLogChecks.plainTextInline(world.response());
    }

    /** A.47, A.48: a download link serves application/octet-stream as an attachment. */
    @Then("the log is served as a file to download")
    public void servedAsAFile() {
        Expect.download(world.response(), "a log download link (A.47, reading R-log-link)");
    }

    /** The log of a job whose command writes a text shows that text; SKIP for a command the suite cannot read. */
    @Then("the log shows what the job's command wrote")
    public void theLogShowsTheOutput() {
        String command = context.job().config(JobFields.COMMAND).asText("");
        Matcher echo = ECHO.matcher(command);
        if (!echo.matches()) {
            throw new TestAbortedException("the job's command '" + command + "' is no 'echo TEXT': the suite cannot "
                    + "tell what it writes");
        }
        TaskLogChecks.showsOutput(world.response(), command, echo.group(2));
    }

    /** Reading R-log-link-refusal: 403, with the error body and 0101 for a tampered link, 0102 for an expired one. */
    @Then("the link is refused as {word}")
    public void theLinkIsRefused(String why) {
        String code = switch (why) {
            case "tampered" -> "0101";
            case "expired" -> "0102";
            default -> throw new IllegalArgumentException("kit defect: no refusal '" + why + "'");
        };
        ApiResponse response = world.response();
        if (TaskLogChecks.refused(response, why, code)) {
            world.run().recordReading("R-log-link-refusal", "403 with the error body");
        } else {
            // A link served by a store in front of the platform may refuse with its own body; the status says enough.
            world.run().recordReading("R-log-link-refusal", "403 without the error body (" + response.contentType()
                    + ")");
        }
    }

    @Then("the job has exactly one task")
    public void exactlyOneTask() {
        TaskLogChecks.exactlyOneTask(context.job(), jobs.taskIds(context.job()));
    }

    /** 7.4.4: each task of a multi-task job has its own log link, and each link serves that task's log. */
    @Then("each task of the job has its own link, which serves that task's log")
    public void eachTaskHasItsOwnLink() {
        TrackedJob job = context.job();
        Set<String> links = new HashSet<>();
        for (String taskId : jobs.taskIds(job)) {
            ApiResponse answer = jobs.taskLogLink(job.id(), taskId, LogContentTypes.TEXT_PLAIN, jobs.user());
            String link = Expect.schema(answer, TableSchemas.TRAINJOB_LOG_URL_RESPONSE).path("logUrl").asText();
            TaskLogChecks.ownLink(job, links, link);
            TaskLogChecks.plainTextInline(world.respond(open(link)));
        }
    }

    private ApiResponse open(String link) {
        return world.client().absolute("GET", link).send();
    }

    private String firstTask() {
        return jobs.taskIds(context.job()).get(0);
    }

    /**
     * The link with one character changed: in the value of its last query parameter (where a signature or token
     * usually is), else in its last path segment; a letter or digit becomes another of its kind.
     */
    static String tampered(String link) {
        int query = link.indexOf('?');
        int from = query >= 0 ? link.lastIndexOf('=') + 1 : link.lastIndexOf('/') + 1;
        int end = link.indexOf('#') >= 0 ? link.indexOf('#') : link.length();
        for (int i = end - 1; i >= from; i--) {
            char c = link.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                char other = Character.isDigit(c) ? (c == '0' ? '1' : '0') : (c == 'a' || c == 'A' ? 'b' : 'a');
                return link.substring(0, i) + other + link.substring(i + 1);
            }
        }
        return link.substring(0, end) + (query >= 0 ? "x" : "/x") + link.substring(end);
    }

}
