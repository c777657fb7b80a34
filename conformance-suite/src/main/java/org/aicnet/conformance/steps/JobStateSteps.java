package org.aicnet.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.aicnet.conformance.run.Pause;

import java.util.Set;

/** The life of a training job: its states (6.3.4), stopping it (7.4.5) and deleting it (7.4.6). */
public final class JobStateSteps {

    private final World world;
    private final Jobs jobs;
    private final JobContext context;

    public JobStateSteps(World world, Jobs jobs, JobContext context) {
        this.world = world;
        this.jobs = jobs;
        this.context = context;
    }

    @Given("a training job that ran the {jobCommand} to its end")
    public void aJobThatRanToItsEnd(JobCommand command) {
        context.job(jobs.finished(command.sharedJob()));
    }

    @Given("a training job on two nodes that ran the succeeding command to its end")
    public void aJobOnTwoNodes() {
        context.job(jobs.finished(SharedJob.TWO_NODES));
    }

    @Given("a running training job")
    public void aRunningJob() {
        context.job(jobs.running());
    }

    /** The run's stopped job, followed until it ended or went wrong; this check itself judges how it ended. */
    @Given("a training job that was stopped while it ran the long command")
    public void aJobThatWasStopped() {
        context.job(jobs.finished(SharedJob.STOPPED));
    }

    @Given("a training job that ended {endState}")
    public void aJobThatEnded(String state) {
        context.job(jobs.endedIn(sharedEndingIn(state), state));
    }

    @Given("a training job created without a description or a node count")
    public void aJobCreatedWithoutDescriptionOrNodeCount() {
        context.job(jobs.shared(SharedJob.SUCCEEDED));
    }

    /** A job of this check alone, just created; a refusal is the kit's problem here (ERROR), creation is judged apart. */
    @Given("a new training job running the {jobCommand}")
    public void aNewJobRunning(JobCommand command) {
        try {
            context.job(jobs.create(JobKind.TRAINING, jobs.user(), placement -> JobBody.of(jobs.newName("new"),
                    placement, command.of(world.config()))));
        } catch (AssertionError e) {
            throw new KitError("this check needs a new training job running the " + command + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * A job of this check alone, ended as asked; not ending so is the kit's problem (ERROR). One that ended SUCCEEDED
     * or FAILED was submitted early for this check (see {@link Jobs#own}); a stopped one is stopped by the check.
     */
    @Given("a new training job that ended {endState}")
    public void aNewJobThatEnded(String state) {
        if (!state.equals("STOPPED")) {
            context.job(jobs.own(state.equals("SUCCEEDED") ? SharedJob.OWN_SUCCEEDED : SharedJob.OWN_FAILED, state));
            return;
        }
        TrackedJob job;
        try {
            job = jobs.create(JobKind.TRAINING, jobs.user(), placement -> JobBody.of(jobs.newName("end"), placement,
                    JobCommand.LONG.of(world.config())));
            Expect.success(jobs.stop(job.id(), job.owner()));
        } catch (AssertionError e) {
            throw new KitError("this check needs a training job that ended " + state + ": " + e.getMessage(), e);
        }
        jobs.follow(job, Set.of());
        if (job.anomaly().isPresent() || !job.lastState().orElse("").equals(state)) {
            throw new KitError("this check needs a training job that ended " + state + ", but " + job + " "
                    + job.anomaly().orElse("ended " + job.lastState().orElse("in no state")));
        }
        context.job(job);
    }

    @Then("every state the job was seen in is a state of table 4")
    public void everyStateIsAState() {
        JobChecks.statesOfTable4(context.job());
    }

    @Then("the job's states only moved forward, ending {endState}")
    public void statesMovedForwardEnding(String state) {
        JobChecks.movedForwardEnding(context.job(), state);
    }

    /** 6.3.4: after its creation a job is PENDING or RUNNING while its command runs, and it reaches RUNNING. */
    @Then("the job was PENDING or RUNNING from its creation until it was seen RUNNING")
    public void pendingUntilRunning() {
        JobChecks.pendingUntilRunning(context.job(), world.config().longCommand());
    }

    @When("{actor} stops the job")
    public void stopsTheJob(Credentials actor) {
        world.respond(jobs.stop(context.job().id(), actor));
    }

    @When("the user stops an unknown training job")
    public void stopsAnUnknownJob() {
        world.respond(jobs.stop(jobs.newName("no-job"), jobs.user()));
    }

    /** A.51: the id of the job the request named, and the status STOPPED (reading R-stop-rules). */
    @Then("the answer names the job and the state STOPPED")
    public void theAnswerNamesTheStoppedJob() {
        JsonNode body = world.response().json();
        Expect.equal("id in the answer to the stop (A.51)", context.job().id(),
                body.path("id").asText(null));
        Expect.equal("status in the answer to the stop (A.51, reading R-stop-rules)", "STOPPED",
                body.path("status").asText(null));
    }

    @Then("the stop time is not before the job's creation time")
    public void stopTimeNotBeforeCreation() {
        // Both are yyyy-MM-dd HH:mm:ss (reading R-time-format, checked by the schemas): as strings they sort in time.
        String stopped = world.response().json().path("stoppedTime").asText("");
        String created = context.job().created().at("/metadata/createTime").asText("");
        JobChecks.stoppedNotBeforeCreated(stopped, created);
    }

    /** 6.3.4, 7.4.5: a stopped job is STOPPED in later queries too, now and a poll interval later. */
    @Then("the job stays STOPPED")
    public void staysStopped() {
        TrackedJob job = context.job();
        for (int reading = 0; reading < 2; reading++) {
            if (reading > 0) {
                Pause.of(world.config().pollInterval(), "for the job");
            }
            ApiResponse detail = jobs.detail(job.id(), job.owner());
            Expect.success(detail);
            Expect.equal("status of " + job + " after it was stopped", "STOPPED",
                    detail.json().path("status").asText(null));
        }
        jobs.offer(SharedJob.STOPPED, job);
    }

    @When("{actor} deletes the job")
    public void deletesTheJob(Credentials actor) {
        world.respond(jobs.delete(context.job().id(), actor));
    }

    @When("the user deletes an unknown training job")
    public void deletesAnUnknownJob() {
        world.respond(jobs.delete(jobs.newName("no-job"), jobs.user()));
    }

    /** A.52 gives a delete no response parameters; reading R-success-status: 204, any 2xx accepted. */
    @Then("the request succeeds without a body")
    public void succeedsWithoutABody() {
        ApiResponse response = world.response();
        Expect.success(response);
        world.run().recordReading("R-success-status: DELETE /trainjob/{id}", "HTTP " + response.status());
        Expect.successWithoutBody(response, "a delete (A.52)");
    }

    @Then("the job is unknown to the platform")
    public void theJobIsUnknown() {
        world.respond(jobs.detail(context.job().id(), context.job().owner()));
        Expect.error(world.response(), "0240");
    }

    @Then("the job is still PENDING or RUNNING")
    public void stillActive() {
        TrackedJob job = context.job();
        ApiResponse detail = jobs.detail(job.id(), job.owner());
        Expect.success(detail);
        JobChecks.stillPendingOrRunning(job, detail.json().path("status").asText(null));
    }

    private static SharedJob sharedEndingIn(String state) {
        return switch (state) {
            case "SUCCEEDED" -> SharedJob.SUCCEEDED;
            case "FAILED" -> SharedJob.FAILED;
            default -> SharedJob.STOPPED;
        };
    }

}
