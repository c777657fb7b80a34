package org.aicnet.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.platform.Expect;

/** Steps every feature uses: logging in, and judging the answer to the last request. */
public final class CommonSteps {

    private final World world;

    public CommonSteps(World world) {
        this.world = world;
    }

    @Given("the user is logged in")
    public void theUserIsLoggedIn() {
        world.token();
    }

    @Then("the request succeeds")
    public void theRequestSucceeds() {
        Expect.success(world.response());
    }

    @Then("the platform refuses it with error {string}")
    public void thePlatformRefusesItWithError(String code) {
        Expect.error(world.response(), code);
    }
}
