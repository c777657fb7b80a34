package org.aicnet.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.List;

/**
 * The path and query parameters of a request as one object of strings, to be checked against the request's parameter
 * schema: of a repeated parameter the first value, an empty value as not sent, and a path parameter over a query
 * parameter of its name.
 */
public final class Parameters {

    private Parameters() {
    }

    public static ObjectNode of(Context ctx) {
        ObjectNode parameters = Json.MAPPER.createObjectNode();
        ctx.queryParamMap().forEach((name, values) -> put(parameters, name, values));
        ctx.pathParamMap().forEach((name, value) -> put(parameters, name, List.of(value)));
        return parameters;
    }

    private static void put(ObjectNode parameters, String name, List<String> values) {
        if (!values.isEmpty() && !values.get(0).isEmpty()) {
            parameters.put(name, values.get(0));
        }
    }
}
