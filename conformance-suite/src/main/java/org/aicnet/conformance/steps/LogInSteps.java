package org.aicnet.conformance.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Authenticator;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.conformance.platform.TokenChecks;
import org.aicnet.schemas.standard.ApiPaths;
import org.opentest4j.TestAbortedException;

/**
 * Logging in through POST /auth/tokens (7.2.1, tables A.1-A.4): the request body of A.2 and A.3 with one thing
 * wrong at a time, and the token of A.4. authMethod is sent in the form the platform accepted when the run logged in
 * (reading R-auth-method).
 */
public final class LogInSteps {

    /** Failed log-ins in a row the suite tries at most to freeze the throw-away account. */
    static final int MAX_FAILED_LOGINS = 20;
    private static final String EARLIER_TOKEN = "the throw-away account's earlier token";

    private final World world;

    public LogInSteps(World world) {
        this.world = world;
    }

    @When("the user logs in with their name and password")
    public void theUserLogsIn() {
        world.respond(world.authenticator().login(world.config().primaryUser()));
    }

    @When("the user logs in without the authentication method")
    public void withoutTheAuthenticationMethod() {
        ObjectNode body = body(world.config().primaryUser());
        body.remove("authMethod");
        send(body);
    }

    @When("the user logs in with the authentication method {string}")
    public void withTheAuthenticationMethod(String method) {
        ObjectNode body = body(world.config().primaryUser());
        if (body.get("authMethod").isArray()) {
            body.putArray("authMethod").add(method);
        } else {
            body.put("authMethod", method);
        }
        send(body);
    }

    @When("the user logs in without the user")
    public void withoutTheUser() {
        ObjectNode body = body(world.config().primaryUser());
        body.remove("user");
        send(body);
    }

    @When("the user logs in with a user that is not an object")
    public void withAUserThatIsNotAnObject() {
        ObjectNode body = body(world.config().primaryUser());
        body.put("user", world.config().primaryUser().name());
        send(body);
    }

    @When("the user logs in without a user name")
    public void withoutAUserName() {
        ObjectNode body = body(world.config().primaryUser());
        ((ObjectNode) body.get("user")).remove("name");
        send(body);
    }

    @When("the user logs in without a password")
    public void withoutAPassword() {
        ObjectNode body = body(world.config().primaryUser());
        ((ObjectNode) body.get("user")).remove("password");
        send(body);
    }

    @When("the user logs in with a wrong password")
    public void withAWrongPassword() {
        Credentials user = world.config().primaryUser();
        send(body(new Credentials(user.name(), user.password() + "-wrong")));
    }

    @When("someone logs in with a name no account has")
    public void someoneLogsInWithAnUnknownName() {
        send(body(new Credentials("aicnet-nobody-" + world.run().runId(), "aicnet-no-password")));
    }

    @When("the frozen account logs in with its password")
    public void theFrozenAccountLogsIn() {
        Credentials frozen = world.config().frozenUser().orElseThrow(() -> new TestAbortedException(
                "no frozen account configured (--frozen-user/--frozen-password): the 0103 check needs one"));
        send(body(frozen));
    }

    @Given("the throw-away account is logged in")
    public void theThrowAwayAccountIsLoggedIn() {
        Credentials account = throwAway();
        world.remember(EARLIER_TOKEN, world.authenticator().token(account));
    }

    /**
     * Reading R-frozen-account: how an account becomes frozen is the platform's; the suite tries failed log-ins in a
     * row, at most {@value #MAX_FAILED_LOGINS}, each answered 401/0101 until the platform answers 401/0103.
     */
    @When("the throw-away account logs in with a wrong password until the platform freezes it")
    public void theThrowAwayAccountFailsUntilFrozen() {
        world.requireDestructive();
        Credentials account = throwAway();
        Credentials wrong = new Credentials(account.name(), account.password() + "-wrong");
        for (int attempt = 1; attempt <= MAX_FAILED_LOGINS; attempt++) {
            send(body(wrong));
            ApiResponse response = world.response();
            String code = response.status() == 401 ? response.errorCodeIfAny().orElse(null) : null;
            if ("0103".equals(code)) {
                return;
            }
            TokenChecks.wrongPasswordRefused(attempt, response, code);
        }
        throw new TestAbortedException("the platform did not freeze the throw-away account after "
                + MAX_FAILED_LOGINS + " failed log-ins in a row; how an account becomes frozen is the platform's "
                + "(reading R-frozen-account)");
    }

    @When("the throw-away account calls the platform with the token it held before")
    public void theThrowAwayAccountCallsWithItsEarlierToken() {
        String token = world.<String>recall(EARLIER_TOKEN);
        world.respond(world.client().get(ApiPaths.CENTERS).token(token).send());
    }

    private Credentials throwAway() {
        return world.config().freezeUser().orElseThrow(() -> new TestAbortedException("no throw-away account "
                + "configured (--freeze-user/--freeze-password): the check freezes one to try its earlier token"));
    }

    /** A wrong password counts towards freezing the account (R-frozen-account): a right one clears the count. */
    @Then("the user can still log in with the right password")
    public void theUserCanStillLogIn() {
        ApiResponse response = world.authenticator().login(world.config().primaryUser());
        Expect.success(response);
    }

    @Then("the platform serves a call that carries the token it answered")
    public void thePlatformServesACallWithTheToken() {
        String token = TokenChecks.token(world.response());
        TokenChecks.served(world.client().get(ApiPaths.CENTERS).token(token).send(), world.config().tokenHeader());
    }

    @Then("the token expires after it was issued")
    public void theTokenExpiresAfterItWasIssued() {
        TokenChecks.expiresAfterIssued(Expect.json(world.response()).path("expiresAt").asText(""));
    }

    /** The log-in body of A.2, with authMethod in the form the platform accepted when the run logged in. */
    private ObjectNode body(Credentials user) {
        world.token();
        String form = world.run().readingsChosen().getOrDefault(Authenticator.READING_AUTH_METHOD, "array");
        try {
            return (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(Authenticator.body(user, form.startsWith("array")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private void send(ObjectNode body) {
        world.respond(world.client().post(ApiPaths.TOKENS).json(body.toString()).send());
    }
}
