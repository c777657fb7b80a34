package org.aicnet.conformance.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.schemas.standard.ApiPaths;

import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Logs in through POST /auth/tokens (A.1-A.4). A.2 gives authMethod the type String but the content
 * {@code ["password"]}: the suite sends the array first and, if the platform refuses it with 400, the string, and
 * records which form the platform accepted (reading R-authMethod-form).
 */
public final class Authenticator {

    public static final String READING_AUTH_METHOD = "R-authMethod-form";

    private final PlatformClient client;
    private final BiConsumer<String, String> readings;

    public Authenticator(PlatformClient client, BiConsumer<String, String> readings) {
        this.client = client;
        this.readings = readings;
    }

    /** The log-in request body of A.2, with authMethod as the array or as the string. */
    public static String body(Credentials user, boolean authMethodAsArray) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (authMethodAsArray) {
            body.putArray("authMethod").add("password");
        } else {
            body.put("authMethod", "password");
        }
        ObjectNode userNode = body.putObject("user");
        userNode.put("name", user.name());
        userNode.put("password", user.password());
        return body.toString();
    }

    /** Logs in with either form of authMethod; the response of the accepted form, or of the last one tried. */
    public ApiResponse login(Credentials user) {
        ApiResponse asArray = client.post(ApiPaths.TOKENS).json(body(user, true)).send();
        if (asArray.status() / 100 == 2) {
            readings.accept(READING_AUTH_METHOD, "array [\"password\"]");
            return asArray;
        }
        if (asArray.status() != 400) {
            return asArray;
        }
        ApiResponse asString = client.post(ApiPaths.TOKENS).json(body(user, false)).send();
        if (asString.status() / 100 == 2) {
            readings.accept(READING_AUTH_METHOD, "string \"password\"");
        }
        return asString;
    }

    /** The token of a successful log-in; a failed log-in fails the check with the platform's answer. */
    public String token(Credentials user) {
        ApiResponse response = login(user);
        if (response.status() / 100 != 2) {
            throw new AssertionError("log-in of user '" + user.name() + "' was refused: HTTP " + response.status()
                    + " " + Exchange.cut(response.text()));
        }
        return tokenOf(response).orElseThrow(() -> new AssertionError(
                "the log-in response of A.4 carries no string 'token': " + Exchange.cut(response.text())));
    }

    /** The token of a log-in answer of A.4, if it carries a non-empty string one. */
    public static Optional<String> tokenOf(ApiResponse response) {
        JsonNode token = response.json().get("token");
        return token != null && token.isTextual() && !token.asText().isEmpty()
                ? Optional.of(token.asText()) : Optional.empty();
    }
}
