package org.aicnet.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.jobs.Listing;
import org.aicnet.conformance.platform.Standard;
import org.aicnet.conformance.run.KitError;

import java.util.Map;

/** A user sees and acts on their own jobs only (readings R-user-isolation, R-job-not-found); needs a second user. */
public final class JobIsolationSteps {

    private final World world;
    private final JobContext context;

    public JobIsolationSteps(World world, JobContext context) {
        this.world = world;
        this.context = context;
    }

    @Given("a second user is logged in")
    public void aSecondUserIsLoggedIn() {
        world.tokenOf(world.secondUser());
    }

    @Then("the job is not among the second user's training jobs")
    public void notListedForTheSecondUser() {
        Credentials second = world.secondUser();
        Listing.Items items = Listing.read(world.client(), world.tokenOf(second), Standard.TRAIN_JOBS, "items",
                "/metadata/id", Map.of());
        if (items.containsId("/metadata/id", context.job().id())) {
            throw new AssertionError(context.job() + " of " + world.config().primaryUser().name() + " is listed by "
                    + "GET /trainjob for " + second.name() + " (7.4.2: the current user's jobs only)");
        }
        if (!items.complete()) {
            throw new KitError("the second user has more training jobs than the suite reads (" + items.items().size()
                    + ")");
        }
    }
}
