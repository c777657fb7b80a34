package org.aicnet.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.server.http.JsonBody;
import org.aicnet.server.http.RequestSchema;
import org.aicnet.server.standard.Api;

import java.util.function.Predicate;

/**
 * The body of POST /auth/tokens (A.2, A.3), checked against token-request.json: missing fields (0203), then wrong
 * JSON types (0201), then values (0202).
 */
record Credentials(String name, String password) {

    private static final RequestSchema SCHEMA = RequestSchema.of(TableSchemas.TOKEN_REQUEST);

    /** {@code tolerated}: the violations of the schema that the auth rules let pass (none, for the standard). */
    static Credentials read(JsonBody body, Predicate<RequestSchema.Violation> tolerated) {
        JsonNode checked = SCHEMA.check(body.node(), tolerated);
        JsonNode user = checked.get(Api.USER);
        return new Credentials(user.get(Api.USER_NAME).asText(), user.get(Api.PASSWORD).asText());
    }

    @Override
    public String toString() {
        return "Credentials[name=" + name + "]";
    }
}
