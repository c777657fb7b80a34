package org.aicnet.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.server.http.JsonBody;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.ErrorCode;

/**
 * The body of POST /auth/tokens (A.2, A.3), checked in the order of the readings: missing fields (0203), then wrong
 * JSON types (0201), then values (0202).
 */
record Credentials(String name, String password) {

    /** {@code anyAuthMethod}: the fault that takes any method of the right type (org.aicnet.server.faults). */
    static Credentials read(JsonBody body, boolean anyAuthMethod) {
        for (String field : new String[] {Api.AUTH_METHOD, Api.USER}) {
            if (!body.has(field)) {
                throw body.missing(field);
            }
        }
        JsonBody user = body.requiredObject(Api.USER);
        String name = user.requiredString(Api.USER_NAME);
        String password = user.requiredString(Api.PASSWORD);
        JsonNode method = body.raw(Api.AUTH_METHOD).orElseThrow();
        checkMethod(body, method, anyAuthMethod);
        return new Credentials(name, password);
    }

    /** Reading R-authMethod: A.2 writes ["password"]; the string "password" is accepted as well. */
    private static void checkMethod(JsonBody body, JsonNode method, boolean anyAuthMethod) {
        if (!method.isTextual() && !(method.isArray() && allTextual(method))) {
            throw body.wrongType(Api.AUTH_METHOD, "a string or an array of strings");
        }
        boolean password = method.isTextual() ? method.asText().equals(Api.PASSWORD_METHOD)
                : method.size() == 1 && method.get(0).asText().equals(Api.PASSWORD_METHOD);
        if (!password && !anyAuthMethod) {
            throw ErrorCode.PARAMETER_VALUE.exception(Api.AUTH_METHOD + " must be \"" + Api.PASSWORD_METHOD
                    + "\" or [\"" + Api.PASSWORD_METHOD + "\"]");
        }
    }

    private static boolean allTextual(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Credentials[name=" + name + "]";
    }
}
