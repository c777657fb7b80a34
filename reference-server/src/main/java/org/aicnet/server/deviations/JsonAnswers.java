package org.aicnet.server.deviations;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.http.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A handler after every answer that writes its JSON body another way JSON allows: an extra field in every object,
 * the fields of every object reversed, indented, or with every character outside ASCII escaped.
 */
final class JsonAnswers implements Handler {

    static final String EXTRA_FIELD = "vendorExtension";

    private final boolean extraField;
    private final boolean reversed;
    private final ObjectWriter writer;

    private JsonAnswers(boolean extraField, boolean reversed, ObjectWriter writer) {
        this.extraField = extraField;
        this.reversed = reversed;
        this.writer = writer;
    }

    static Optional<Handler> of(Set<Variant> active) {
        boolean extraField = active.contains(Variant.EXTRA_FIELDS_IN_EVERY_ANSWER);
        boolean reversed = active.contains(Variant.FIELDS_IN_REVERSE_ORDER);
        ObjectWriter writer = Json.MAPPER.writer();
        if (active.contains(Variant.PRETTY_PRINTED_JSON)) {
            writer = writer.withDefaultPrettyPrinter();
        }
        if (active.contains(Variant.NON_ASCII_ESCAPED)) {
            writer = writer.with(JsonWriteFeature.ESCAPE_NON_ASCII);
        }
        boolean rewritten = extraField || reversed || active.contains(Variant.PRETTY_PRINTED_JSON)
                || active.contains(Variant.NON_ASCII_ESCAPED);
        return rewritten ? Optional.of(new JsonAnswers(extraField, reversed, writer)) : Optional.empty();
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
            java.util.Collections.reverse(fields);
        }
        ObjectNode copy = Json.MAPPER.createObjectNode();
        fields.forEach(field -> copy.set(field.getKey(), edited(field.getValue())));
        if (extraField) {
            copy.put(EXTRA_FIELD, "aicnet");
        }
        return copy;
    }
}
