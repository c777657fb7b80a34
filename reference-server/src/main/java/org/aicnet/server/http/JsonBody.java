package org.aicnet.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.aicnet.schemas.standard.ErrorCode;

/**
 * A JSON request body (reading R-body-errors): a body that is not a JSON object, or is not sent as JSON, is 0201; a
 * body past its {@link BodyLimit} is 0204 (reading R-no-input-harm). Its fields are checked against the request's
 * {@link RequestSchema}.
 */
public final class JsonBody {

    private final JsonNode node;

    private JsonBody(JsonNode node) {
        this.node = node;
    }

    public static JsonBody of(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw ApiException.of(ErrorCode.PARAMETER_TYPE, "the body must be sent as application/json");
        }
        long max = BodyLimit.maxJsonBody(ctx);
        if (ctx.req().getContentLengthLong() > max) {
            throw BodyLimit.tooLarge(ctx, "the JSON body", max);
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(BodyLimit.jsonBody(ctx));
        } catch (BodyLimit.TooLarge e) {
            throw BodyLimit.tooLarge(ctx, "the JSON body", max);
        } catch (JacksonException e) {
            if (e.getCause() instanceof BodyLimit.TooLarge) {
                throw BodyLimit.tooLarge(ctx, "the JSON body", max);
            }
            throw ApiException.of(ErrorCode.PARAMETER_TYPE, "the body is not well-formed JSON");
        } catch (java.io.IOException e) {
            throw ApiException.of(ErrorCode.PARAMETER_TYPE, "the body could not be read");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.of(ErrorCode.PARAMETER_TYPE, "the body must be a JSON object");
        }
        return new JsonBody(node);
    }

    /** The body as parsed, for a check against its request schema. */
    public JsonNode node() {
        return node;
    }
}
