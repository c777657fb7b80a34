package org.aicnet.conformance.report.selftest;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.platform.ApiResponse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Steps of the report self-test feature (src/test/resources/report-selftest); only the kit's tests run them. */
public final class SelfTestSteps {

    /** The tokens the run obtained, so that the test can look for them in the reports. */
    public static final List<String> TOKENS = new CopyOnWriteArrayList<>();

    private final World world;

    public SelfTestSteps(World world) {
        this.world = world;
    }

    @When("the client sends {word} {string} with the user's token")
    public void theClientSends(String method, String path) {
        ApiResponse response = world.client().absolute(method, world.config().baseUrl() + path)
                .token(world.token()).send();
        world.respond(response);
    }

    @Then("the answer has HTTP status {int}")
    public void theAnswerHasStatus(int status) {
        if (world.response().status() != status) {
            throw new AssertionError("expected HTTP " + status + ", got HTTP " + world.response().status() + ": "
                    + world.response().text());
        }
    }

    @Then("the token is kept for the secrets check")
    public void theTokenIsKept() {
        TOKENS.add(world.token());
    }

    @Then("the check fails quoting the token")
    public void theCheckFailsQuotingTheToken() {
        throw new AssertionError("the platform echoed the token " + world.token() + " in its answer");
    }

    @Given("a second user")
    public void aSecondUser() {
        world.secondUser();
    }
}
