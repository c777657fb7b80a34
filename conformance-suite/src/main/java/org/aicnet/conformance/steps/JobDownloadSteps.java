package org.aicnet.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.KitError;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.jobs.JobBody;
import org.aicnet.conformance.jobs.JobChecks;
import org.aicnet.conformance.jobs.JobKind;
import org.aicnet.conformance.jobs.Jobs;
import org.aicnet.conformance.jobs.SharedJob;
import org.aicnet.conformance.jobs.TrackedJob;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Expect;
import org.opentest4j.TestAbortedException;

import java.util.Optional;
import java.util.Set;

/** Downloading the results of a training job (7.4.7, A.54, A.55, reading R-download). */
public final class JobDownloadSteps {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final World world;
    private final Jobs jobs;
    private final JobContext context;
    private boolean resultsConfigured;

    public JobDownloadSteps(World world, Jobs jobs, JobContext context) {
        this.world = world;
        this.jobs = jobs;
        this.context = context;
    }

    /**
     * A finished job with output files: one that ran the configured result command, or else the job that ran the
     * succeeding command, which may have none (the check then skips on 0202, the answer R-download gives).
     */
    @Given("a finished training job that has results")
    public void aFinishedJobWithResults() {
        Optional<String> resultCommand = world.config().resultCommand();
        resultsConfigured = resultCommand.isPresent();
        if (resultCommand.isEmpty()) {
            context.job(jobs.endedIn(SharedJob.SUCCEEDED, "SUCCEEDED"));
            return;
        }
        TrackedJob job;
        try {
            job = jobs.create(JobKind.TRAINING, jobs.user(), placement -> JobBody.of(jobs.newName("out"), placement,
                    resultCommand.get()));
        } catch (AssertionError e) {
            throw new KitError("this check needs a job that ran the result command: " + e.getMessage(), e);
        }
        jobs.follow(job, Set.of());
        if (!job.ended()) {
            throw new KitError("the job that ran the result command did not end: " + job.anomaly().orElse(""));
        }
        context.job(job);
    }

    @When("{actor} downloads the job's results")
    public void downloadsTheResults(Credentials actor) {
        world.respond(jobs.download(context.job().id(), actor));
    }

    @When("the user downloads the results of an unknown training job")
    public void downloadsAnUnknownJob() {
        world.respond(jobs.download(jobs.newName("no-job"), jobs.user()));
    }

    @Then("the results are served as a file to download, not empty")
    public void servedAsAFile() {
        ApiResponse response = world.response();
        if (!resultsConfigured && response.status() == 400 && response.errorCodeIfAny().filter("0202"::equals).isPresent()) {
            throw new TestAbortedException("the job that ran the succeeding command has no results (0202, reading "
                    + "R-download); configure --result-command, a command that writes output files where this "
                    + "platform collects them");
        }
        Expect.download(response, "a result download (A.54, reading R-download)");
        byte[] body = response.bytes();
        JobChecks.resultsNotEmpty(body);
        boolean zip = body.length >= ZIP_MAGIC.length && body[0] == ZIP_MAGIC[0] && body[1] == ZIP_MAGIC[1]
                && body[2] == ZIP_MAGIC[2] && body[3] == ZIP_MAGIC[3];
        world.run().recordReading("R-download: result stream", zip ? "a zip archive" : "a stream that is no zip");
    }
}
