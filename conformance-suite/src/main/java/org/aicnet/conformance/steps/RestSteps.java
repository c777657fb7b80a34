package org.aicnet.conformance.steps;

import org.aicnet.conformance.check.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Expect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST conventions of 6.2: paths annex A does not define, and JSON bodies (readings R-unknown-route, R-media-type). */
public final class RestSteps {

    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^;\"\\s]+)",
            Pattern.CASE_INSENSITIVE);

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
        ApiResponse response = world.response();
        Expect.json(response);
        Matcher charset = CHARSET.matcher(response.contentType());
        if (charset.find()) {
            String name = charset.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("utf-8") && !name.equals("utf8")) {
                throw new AssertionError("the answer is JSON in " + charset.group(1)
                        + "; expected application/json; charset=utf-8 (R-media-type)");
            }
            world.run().recordReading("charset of JSON answers", "named: " + charset.group(1));
        } else {
            world.run().recordReading("charset of JSON answers", "left out (UTF-8, the default of JSON)");
        }
    }
}
