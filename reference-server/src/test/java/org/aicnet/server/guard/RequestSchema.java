package org.aicnet.server.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.schemas.SchemaPaths;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a request schema of schemas/ (a body, a query or path parameters), as the fuzz test generates them:
 * each with its JSON types, enum, bounds, pattern and, for an object, its own fields. References to other files and
 * to their properties are followed ({@code job-config.json}, {@code ../7.3.1-centers/paging-query.json#/properties/page},
 * each relative to the folder of the file that makes it: {@link SchemaPaths}), and
 * {@code allOf} is merged.
 */
record RequestSchema(String file, Map<String, Field> fields, List<String> required) {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Field(String name, List<String> types, List<JsonNode> values, Long minimum, Long maximum,
                 Integer maxLength, String pattern, RequestSchema object, String itemType) {
    }

    static RequestSchema load(String file) {
        return of(file, node(file, ""));
    }

    private static RequestSchema of(String file, JsonNode schema) {
        Map<String, Field> fields = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        collect(file, schema, fields, required);
        return new RequestSchema(file, fields, required);
    }

    private static void collect(String file, JsonNode schema, Map<String, Field> fields, List<String> required) {
        schema = resolved(file, schema);
        for (JsonNode part : schema.path("allOf")) {
            collect(fileOf(file, part), part, fields, required);
        }
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").fields().forEachRemaining(property ->
                fields.put(property.getKey(), field(file, property.getKey(), property.getValue())));
    }

    private static Field field(String file, String name, JsonNode declared) {
        String in = fileOf(file, declared);
        JsonNode schema = resolved(file, declared);
        List<String> types = new ArrayList<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        List<JsonNode> values = new ArrayList<>();
        schema.path("enum").forEach(values::add);
        schema.path("anyOf").forEach(option -> {
            if (option.has("const")) {
                values.add(option.get("const"));
            }
        });
        RequestSchema object = types.contains("object") ? of(in, schema) : null;
        return new Field(name, types, values, longOrNull(schema.get("minimum")), longOrNull(schema.get("maximum")),
                schema.has("maxLength") ? schema.get("maxLength").asInt() : null,
                schema.has("pattern") ? schema.get("pattern").asText() : null, object,
                schema.path("items").path("type").asText(null));
    }

    /** A schema with its {@code $ref} followed, and what it declares beside the reference kept. */
    private static JsonNode resolved(String file, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String referenced = SchemaPaths.fileOf(file, ref.asText());
        return resolved(referenced, node(referenced, SchemaPaths.pointerOf(ref.asText())));
    }

    private static String fileOf(String file, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? file : SchemaPaths.fileOf(file, ref.asText());
    }

    private static JsonNode node(String file, String pointer) {
        try (InputStream in = RequestSchema.class.getClassLoader().getResourceAsStream("schemas/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema schemas/" + file + " on the class path");
            }
            return JSON.readTree(in).at(pointer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Long longOrNull(JsonNode node) {
        return node == null ? null : node.asLong();
    }
}
