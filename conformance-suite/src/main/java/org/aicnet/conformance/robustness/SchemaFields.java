package org.aicnet.conformance.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.schemas.SchemaPaths;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a request schema of schemas/ (the single source of truth for shapes), with their references resolved:
 * each field's path from the top of the body, its own schema and whether it is required.
 */
final class SchemaFields {

    /**
     * One field: its path of names, the schema that types it, whether its parent requires it, and whether a
     * well-formed placeholder body carries it (required, or the first of the alternatives of an anyOf).
     */
    record Field(List<String> path, JsonNode schema, boolean required, boolean inBase) {

        String name() {
            return String.join(".", path);
        }

        String type() {
            JsonNode type = schema.path("type");
            return type.isArray() ? type.get(0).asText() : type.asText("");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaFields() {
    }

    /** Every field of the schema file, nested objects walked into (their fields follow the object itself). */
    static List<Field> of(String schemaFile) {
        List<Field> fields = new ArrayList<>();
        walk(load(schemaFile), schemaFile, List.of(), fields);
        return fields;
    }

    private static void walk(JsonNode schema, String file, List<String> prefix, List<Field> fields) {
        for (JsonNode part : schema.path("allOf")) {
            walk(resolve(part, file), refFile(part, file), prefix, fields);
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        // A.32 and A.58: imageId or imageUrl; the placeholder body takes the first
        String alternative = schema.path("anyOf").path(0).path("required").path(0).asText("");
        schema.path("properties").fields().forEachRemaining(property -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(property.getKey());
            String refFile = refFile(property.getValue(), file);
            JsonNode resolved = resolve(property.getValue(), file);
            boolean isRequired = required.contains(property.getKey());
            fields.add(new Field(List.copyOf(path), resolved, isRequired,
                    isRequired || alternative.equals(property.getKey())));
            if ("object".equals(resolved.path("type").asText())) {
                walk(resolved, refFile, path, fields);
            }
        });
    }

    /**
     * Follows a {@code $ref} of the form {@code file.json} or {@code ../folder/file.json#/json/pointer}, relative to
     * the folder of the file that makes it.
     */
    private static JsonNode resolve(JsonNode schema, String file) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String referenced = refFile(schema, file);
        String pointer = SchemaPaths.pointerOf(ref.asText());
        JsonNode target = load(referenced);
        return resolve(pointer.isEmpty() ? target : target.at(pointer), referenced);
    }

    private static String refFile(JsonNode schema, String file) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? file : SchemaPaths.fileOf(file, ref.asText());
    }

    private static JsonNode load(String file) {
        try (InputStream in = SchemaFields.class.getClassLoader().getResourceAsStream("schemas/" + file)) {
            if (in == null) {
                throw new IllegalStateException("kit defect: schemas/" + file + " is not on the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("kit defect: schemas/" + file + " does not parse", e);
        }
    }
}
