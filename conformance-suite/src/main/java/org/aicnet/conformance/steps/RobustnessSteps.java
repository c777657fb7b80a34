package org.aicnet.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.platform.ApiRequest;
import org.aicnet.conformance.robustness.Endpoint;
import org.aicnet.conformance.robustness.Malformed;
import org.aicnet.conformance.robustness.MalformedRequests;
import org.aicnet.conformance.robustness.Refusals;
import org.aicnet.schemas.standard.ApiPaths;

import java.util.ArrayList;
import java.util.List;

/** Malformed requests derived from the request schemas (reading R-no-input-harm). */
public final class RobustnessSteps {

    private static final String ANSWERS = "answers to malformed requests";

    private final World world;

    public RobustnessSteps(World world) {
        this.world = world;
    }

    @When("the user sends {string} the malformed requests derived from its schema")
    public void theUserSendsTheMalformedRequests(String endpointName) {
        Endpoint endpoint = Endpoint.named(endpointName);
        if (endpoint.path().equals(ApiPaths.DATASET_UPLOAD)) {
            // a platform that took a malformed form for a good one would keep a dataset
            world.requireDestructive();
        }
        String unknownId = "aicnet-no-such-job-" + world.run().runId();
        List<Refusals.Answer> answers = new ArrayList<>();
        for (Malformed malformed : MalformedRequests.of(endpoint, unknownId)) {
            ApiRequest request = world.client().absolute(malformed.method(), world.config().baseUrl()
                    + malformed.target());
            if (!endpoint.path().equals(ApiPaths.TOKENS)) {
                request.token(world.token());
            }
            if (malformed.body() != null) {
                request.json(malformed.body());
            }
            malformed.parts().forEach(part -> {
                if (part.file() != null) {
                    request.file(part.name(), part.fileName(), part.file());
                } else {
                    request.field(part.name(), part.text());
                }
            });
            answers.add(new Refusals.Answer(malformed, request.send()));
        }
        world.remember(ANSWERS, answers);
    }

    @Then("each is refused with the error body and a code of table B.1 the readings allow")
    public void eachIsRefused() {
        Refusals.judge(world.recall(ANSWERS), world.config().errorCodePointer());
    }
}
