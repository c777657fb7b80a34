package org.aicnet.conformance.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.jobs.Jobs;
import org.aicnet.conformance.operations.Operation;
import org.aicnet.conformance.operations.OperationRequests;
import org.aicnet.conformance.platform.ApiRequest;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.ErrorBody;
import org.aicnet.conformance.platform.Expect;
import org.opentest4j.TestAbortedException;

/**
 * Trying the operations of annex A with and without a valid token (7.2.1, reading R-token-scope), with an unknown job
 * id (0240) and with a method the operation does not have (reading R-unknown-route). Each request is valid in
 * everything else (reading R-several-errors).
 */
public final class OperationSteps {

    private static final String MALFORMED_TOKEN = "this is not a token";

    private final World world;
    private final Jobs jobs;

    public OperationSteps(World world, Jobs jobs) {
        this.world = world;
        this.jobs = jobs;
    }

    @ParameterType(name = "operation", value = Operation.NAMES)
    public Operation operation(String words) {
        return Operation.named(words);
    }

    @When("the user tries to {operation} with their token")
    public void theUserTriesWithTheirToken(Operation operation) {
        send(operation, world.token(), world.config().primaryUser());
    }

    @When("the user tries to {operation} without a token")
    public void theUserTriesWithoutAToken(Operation operation) {
        send(operation, null, null);
    }

    @When("the user tries to {operation} with a malformed token")
    public void theUserTriesWithAMalformedToken(Operation operation) {
        send(operation, MALFORMED_TOKEN, null);
    }

    @When("the user tries to {operation} with a token that was never issued")
    public void theUserTriesWithAnUnknownToken(Operation operation) {
        send(operation, neverIssued(world.token()), null);
    }

    @When("the user tries to {operation} with the expired token")
    public void theUserTriesWithTheExpiredToken(Operation operation) {
        String expired = world.config().expiredToken().orElseThrow(() -> new TestAbortedException(
                "no expired token configured (--expired-token): the 0102 checks need one"));
        send(operation, expired, null);
    }

    @When("the user tries to {operation} naming a job that does not exist")
    public void theUserTriesNamingAnUnknownJob(Operation operation) {
        world.respond(requests().unknownJob(operation).token(world.token()).send());
    }

    @When("the user tries to {operation} with the method {word}")
    public void theUserTriesWithTheMethod(Operation operation, String method) {
        world.respond(requests().withMethod(operation, method).token(world.token()).send());
    }

    @Then("the platform answers {int} with an error body")
    public void thePlatformAnswersWithAnErrorBody(int status) {
        Expect.status(world.response(), status, "R-unknown-route");
        ErrorBody.check(world.response(), world.config().errorCodePointer());
    }

    @Then("the Allow header names the method to {operation}")
    public void theAllowHeaderNamesTheMethod(Operation operation) {
        Expect.allowNames(world.response(), operation.method(), operation.path());
    }

    private void send(Operation operation, String token, Credentials sender) {
        if (operation.creates() || operation.needs() != Operation.Needs.NOTHING) {
            world.requireDestructive();
        }
        OperationRequests requests = requests();
        ApiRequest request = requests.valid(operation);
        if (token != null) {
            request.token(token);
        }
        ApiResponse response = world.respond(request.send());
        requests.recordCreated(operation, response, sender);
    }

    private OperationRequests requests() {
        return new OperationRequests(world.run(), world.client(), jobs);
    }

    /** A token of the platform's own form that it never issued: a real one with its last letter or digit changed. */
    static String neverIssued(String token) {
        char[] chars = token.toCharArray();
        for (int i = chars.length - 1; i >= 0; i--) {
            if (Character.isLetterOrDigit(chars[i])) {
                chars[i] = chars[i] == 'A' ? 'B' : 'A';
                return new String(chars);
            }
        }
        return token + "A";
    }
}
