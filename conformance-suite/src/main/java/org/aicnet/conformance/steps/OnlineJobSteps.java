package org.aicnet.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.jobs.JobChecks;
import org.aicnet.conformance.jobs.Jobs;
import org.aicnet.conformance.jobs.SharedJob;

/** Online service jobs (7.4.8, A.56-A.60) beyond their creation: the service at their address. */
public final class OnlineJobSteps {

    private final World world;
    private final Jobs jobs;
    private final JobContext context;

    public OnlineJobSteps(World world, Jobs jobs, JobContext context) {
        this.world = world;
        this.jobs = jobs;
        this.context = context;
    }

    @Given("an online job of the user that names its center")
    public void anOnlineJob() {
        context.job(jobs.shared(SharedJob.ONLINE));
    }

    /** 7.4.8: the network starts the service and returns its address; asked without a token, as its users would. */
    @Then("the online service answers at the job's address")
    public void theServiceAnswers() {
        String url = context.job().created().at("/metadata/url").asText("");
        JobChecks.serviceUrl(url);
        world.respond(jobs.serviceAnswer(url, context.job().id()));
    }
}
