package org.aicnet.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.jobs.JobChecks;
import org.aicnet.conformance.jobs.Jobs;


/** A user sees and acts on their own jobs only (readings R-user-isolation, R-job-not-found); needs a second user. */
public final class JobIsolationSteps {

    private final World world;
    private final Jobs jobs;
    private final JobContext context;

    public JobIsolationSteps(World world, Jobs jobs, JobContext context) {
        this.world = world;
        this.jobs = jobs;
        this.context = context;
    }

    @Given("a second user is logged in")
    public void aSecondUserIsLoggedIn() {
        world.tokenOf(world.secondUser());
    }

    @Then("the job is not among the second user's training jobs")
    public void notListedForTheSecondUser() {
        Credentials second = world.secondUser();
        JobChecks.notListedFor(context.job(), jobs.trainingJobsOf(second), world.config().primaryUser().name(),
                second.name());
    }
}
