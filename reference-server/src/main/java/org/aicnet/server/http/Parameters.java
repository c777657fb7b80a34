package org.aicnet.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/**
 * The path and query parameters of a request as one object of strings, to be checked against the request's parameter
 * schema: of a repeated parameter the first value, an empty value as not sent, and a path parameter over a query
 * parameter of its name.
 */
public final class Parameters {

    private Parameters() {
    }

    public static ObjectNode of(Context ctx) {
        ObjectNode parameters = of(ctx.queryParamMap());
        ctx.pathParamMap().forEach((name, value) -> put(parameters, name, List.of(value)));
        return parameters;
    }

    /** Fields by name, each with its values (a form's text fields), as one object of strings, as a query is read. */
    public static ObjectNode of(Map<String, List<String>> fields) {
        ObjectNode parameters = Json.MAPPER.createObjectNode();
        fields.forEach((name, values) -> put(parameters, name, values));
        return parameters;
    }

    private static void put(ObjectNode parameters, String name, List<String> values) {
        if (!values.isEmpty() && !values.get(0).isEmpty()) {
            parameters.put(name, values.get(0));
        }
    }
}
