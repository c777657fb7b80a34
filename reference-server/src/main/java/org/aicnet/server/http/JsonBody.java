package org.aicnet.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.javalin.http.Context;
import org.aicnet.server.standard.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON request body and the typed reading of its fields (reading R-body-errors): a body that is not a JSON object,
 * or is not sent as JSON, and a field of the wrong JSON type are 0201; a missing required field is 0203; a body past
 * its {@link BodyLimit} is 0204 (reading R-no-input-harm).
 */
public final class JsonBody {

    private final JsonNode node;
    private final String path;

    private JsonBody(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public static JsonBody of(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw ErrorCode.PARAMETER_TYPE.exception("the body must be sent as application/json");
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
            throw ErrorCode.PARAMETER_TYPE.exception("the body is not well-formed JSON");
        } catch (java.io.IOException e) {
            throw ErrorCode.PARAMETER_TYPE.exception("the body could not be read");
        }
        if (node == null || !node.isObject()) {
            throw ErrorCode.PARAMETER_TYPE.exception("the body must be a JSON object");
        }
        return new JsonBody(node, "");
    }

    /** The body as parsed, for a check against its request schema. */
    public JsonNode node() {
        return node;
    }

    /** Whether the field is present and not null. */
    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public String requiredString(String field) {
        return optionalString(field).orElseThrow(() -> missing(field));
    }

    public Optional<String> optionalString(String field) {
        return value(field, JsonNodeType.STRING).map(JsonNode::asText);
    }

    public Optional<Long> optionalInteger(String field) {
        Optional<JsonNode> value = value(field, JsonNodeType.NUMBER);
        if (value.isPresent() && !value.get().canConvertToLong()) {
            throw wrongType(field, "an integer");
        }
        if (value.isPresent() && !value.get().isIntegralNumber()) {
            throw wrongType(field, "an integer");
        }
        return value.map(JsonNode::asLong);
    }

    /** An integer, or a string of decimal digits read as one (what a lenient reader accepts). */
    public Optional<Long> optionalDigits(String field) {
        if (has(field) && node.get(field).isTextual() && node.get(field).asText().matches("[0-9]{1,18}")) {
            return Optional.of(Long.parseLong(node.get(field).asText()));
        }
        return optionalInteger(field);
    }

    public JsonBody requiredObject(String field) {
        return optionalObject(field).orElseThrow(() -> missing(field));
    }

    public Optional<JsonBody> optionalObject(String field) {
        return value(field, JsonNodeType.OBJECT).map(child -> new JsonBody(child, name(field) + "."));
    }

    /** An array of strings; an element of another type is 0201. */
    public Optional<List<String>> optionalStringList(String field) {
        return value(field, JsonNodeType.ARRAY).map(array -> {
            List<String> values = new ArrayList<>();
            for (JsonNode element : array) {
                if (!element.isTextual()) {
                    throw wrongType(field, "an array of strings");
                }
                values.add(element.asText());
            }
            return values;
        });
    }

    /** The raw node of a field that may take several forms (e.g. authMethod as string or array). */
    public Optional<JsonNode> raw(String field) {
        return has(field) ? Optional.of(node.get(field)) : Optional.empty();
    }

    public ApiException missing(String field) {
        return ErrorCode.PARAMETER_MISSING.exception(name(field) + " is required");
    }

    public ApiException wrongType(String field, String expected) {
        return ErrorCode.PARAMETER_TYPE.exception(name(field) + " must be " + expected);
    }

    private Optional<JsonNode> value(String field, JsonNodeType type) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (value.getNodeType() != type) {
            throw wrongType(field, switch (type) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case OBJECT -> "an object";
                case ARRAY -> "an array";
                default -> type.name().toLowerCase();
            });
        }
        return Optional.of(value);
    }

    private String name(String field) {
        return path + field;
    }
}
