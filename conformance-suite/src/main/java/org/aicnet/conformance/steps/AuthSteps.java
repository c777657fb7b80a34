package org.aicnet.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Authenticator;
import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.conformance.platform.Standard;
import org.opentest4j.TestAbortedException;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Logging in through POST /auth/tokens (7.2.1, tables A.1-A.4): the request body of A.2 and A.3 with one thing
 * wrong at a time, and the token of A.4. authMethod is sent in the form the platform accepted when the run logged in
 * (reading R-auth-method).
 */
public final class AuthSteps {

    /** The most any time zone is behind UTC: an expiry that lies in the past there lies in the past everywhere. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(-12);

    private final World world;

    public AuthSteps(World world) {
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

    /** A wrong password counts towards freezing the account (R-frozen-account): a right one clears the count. */
    @Then("the user can still log in with the right password")
    public void theUserCanStillLogIn() {
        ApiResponse response = world.authenticator().login(world.config().primaryUser());
        Expect.success(response);
    }

    @Then("the platform serves a call that carries the token it answered")
    public void thePlatformServesACallWithTheToken() {
        JsonNode token = Expect.json(world.response()).get("token");
        if (token == null || !token.isTextual() || token.asText().isEmpty()) {
            throw new AssertionError("the answer of A.4 carries no non-empty String token: "
                    + Exchange.cut(world.response().text()));
        }
        ApiResponse served = world.client().get(Standard.CENTERS).token(token.asText()).send();
        if (served.status() / 100 != 2) {
            throw new AssertionError("a call carrying the token just issued, in the header " + world.config()
                    .tokenHeader() + ", was answered HTTP " + served.status() + ": " + Exchange.cut(served.text()));
        }
    }

    @Then("the token expires after it was issued")
    public void theTokenExpiresAfterItWasIssued() {
        String expiresAt = Expect.json(world.response()).path("expiresAt").asText("");
        LocalDateTime expiry;
        try {
            expiry = LocalDateTime.parse(expiresAt, DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"));
        } catch (DateTimeParseException e) {
            throw new AssertionError("expiresAt '" + expiresAt + "' is not a time " + Standard.TIME_PATTERN
                    + " (A.4, R-time-format)");
        }
        // the platform's time zone is its own (R-time-format): the expiry must lie ahead in at least one zone
        LocalDateTime earliestNow = LocalDateTime.now(EARLIEST_ZONE);
        if (!expiry.isAfter(earliestNow)) {
            throw new AssertionError("the token issued now expires at " + expiresAt
                    + ", a time already past in every time zone (A.4, R-token-lifetime)");
        }
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
        world.respond(world.client().post(Standard.TOKENS).json(body.toString()).send());
    }
}
