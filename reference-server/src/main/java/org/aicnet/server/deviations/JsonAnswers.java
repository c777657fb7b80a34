package org.aicnet.server.deviations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.http.Json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A handler after every answer that writes its JSON body another way JSON allows: an extra field in every object,
 * the fields of every object reversed, indented, or with every character outside ASCII escaped.
 */
record JsonAnswers(boolean extraField, boolean reversed, ObjectWriter writer) implements Handler {

    static final String EXTRA_FIELD = "vendorExtension";

    /** JSON as the server writes it: no handler is added. */
    static final JsonAnswers STANDARD = new JsonAnswers(false, false, Json.MAPPER.writer());

    JsonAnswers withExtraField() {
        return new JsonAnswers(true, reversed, writer);
    }

    JsonAnswers reversingFields() {
        return new JsonAnswers(extraField, true, writer);
    }

    JsonAnswers writing(UnaryOperator<ObjectWriter> change) {
        return new JsonAnswers(extraField, reversed, change.apply(writer));
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith("application/json")) {
            return;
        }
        String body = ctx.result();
        if (body == null || body.isBlank()) {
            return;
        }
        ctx.result(writer.writeValueAsString(edited(Json.MAPPER.readTree(body))));
    }

    private JsonNode edited(JsonNode node) {
        if (node instanceof ArrayNode array) {
            ArrayNode copy = Json.MAPPER.createArrayNode();
            array.forEach(item -> copy.add(edited(item)));
            return copy;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
        if (reversed) {
            Collections.reverse(fields);
        }
        ObjectNode copy = Json.MAPPER.createObjectNode();
        fields.forEach(field -> copy.set(field.getKey(), edited(field.getValue())));
        if (extraField) {
            copy.put(EXTRA_FIELD, "aicnet");
        }
        return copy;
    }
}
