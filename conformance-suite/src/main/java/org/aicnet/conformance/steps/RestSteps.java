package org.aicnet.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.platform.Expect;

/** The REST conventions of 6.2: paths annex A does not define, and JSON bodies (readings R-unknown-route, R-media-type). */
public final class RestSteps {

    private final World world;

    public RestSteps(World world) {
        this.world = world;
    }

    @When("the user asks for a path annex A does not define")
    public void theUserAsksForAnUndefinedPath() {
        world.respond(world.client().get("/aicnet-no-such-resource-" + world.run().runId()).token(world.token())
                .send());
    }

    /** Reading R-media-type: application/json, in UTF-8 (the charset parameter may be left out: UTF-8 is JSON's). */
    @Then("the answer is JSON in UTF-8")
    public void theAnswerIsJsonInUtf8() {
        world.run().recordReading("charset of JSON answers", Expect.jsonInUtf8(world.response())
                .map(named -> "named: " + named).orElse("left out (UTF-8, the default of JSON)"));
    }
}
