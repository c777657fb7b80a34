package org.aicnet.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * schemas/openapi.yaml as one self-contained document: every schema file it references, directly or through other
 * schema files, becomes an entry of {@code components/schemas} named after its file, its clause's folder left out
 * ({@code 7.3.1-centers/center.json} is {@code #/components/schemas/center}), a reference into a part of a file
 * ({@code ../7.3.1-centers/paging-query.json#/properties/page}) is replaced by a copy of that part, and
 * {@code jsonSchemaDialect} is left to its default. Nothing else changes. Clients and generators that cannot follow
 * the schema files' {@code $id}s read this document on its own; the server serves it.
 *
 * <p>Run as a program ({@code OpenApiBundle OUTPUT.yaml}) it writes the bundle, for the build's client generator.
 */
public final class OpenApiBundle {

    private static final String REF = "$ref";
    private static final String COMPONENTS = "#/components/schemas/";
    private static final String CLASSPATH_FOLDER = "schemas/";
    private static final String DOCUMENT = "openapi.yaml";
    private static final int MAX_DEPTH = 64;

    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode document;
    private final ObjectNode components;
    private final Map<String, String> fileOfComponent = new HashMap<>();

    private OpenApiBundle(ObjectNode source) {
        this.document = source.deepCopy();
        // The schemas use no keyword beyond JSON Schema 2020-12, so OpenAPI 3.1's default dialect (2020-12 with the
        // OpenAPI vocabulary) reads them alike; Swagger UI and generators warn about any other declared dialect.
        document.remove("jsonSchemaDialect");
        ObjectNode allComponents = document.has("components") ? (ObjectNode) document.get("components")
                : document.putObject("components");
        this.components = allComponents.has("schemas") ? (ObjectNode) allComponents.get("schemas")
                : allComponents.putObject("schemas");
    }

    /** The bundle of openapi.yaml of the class path (this module's jar). */
    public static ObjectNode fromClasspath() {
        OpenApiBundle bundle = new OpenApiBundle((ObjectNode) read(YAML, DOCUMENT));
        bundle.resolve(bundle.document, null, 0);
        return bundle.document;
    }

    /** A copy of the bundle whose {@code servers} is the one given base URL. */
    public static ObjectNode servedAt(ObjectNode bundle, String baseUrl, String description) {
        ObjectNode served = bundle.deepCopy();
        ArrayNode servers = served.putArray("servers");
        servers.addObject().put("url", baseUrl).put("description", description);
        return served;
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 1) {
            throw new IllegalArgumentException("usage: OpenApiBundle OUTPUT.yaml");
        }
        Path output = Path.of(arguments[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        YAML.writeValue(output.toFile(), fromClasspath());
    }

    /**
     * Rewrites the references under {@code node}; {@code file} is the path below schemas/ of the schema file the node
     * belongs to, null for openapi.yaml itself, whose own references ({@code #/components/...}) stay as they are.
     */
    private void resolve(JsonNode node, String file, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("references nested deeper than " + MAX_DEPTH + " in " + file);
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get(REF);
            if (ref != null && ref.isTextual()) {
                rewrite(object, ref.asText(), file, depth);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                resolve(fields.next().getValue(), file, depth + 1);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> resolve(element, file, depth + 1));
        }
    }

    private void rewrite(ObjectNode object, String ref, String file, int depth) {
        if (ref.startsWith("#") && file == null) {
            return;
        }
        String targetFile = schemaFileOf(file == null ? DOCUMENT : file, ref);
        String pointer = SchemaPaths.pointerOf(ref);
        if (pointer.isEmpty()) {
            component(targetFile, depth);
            object.put(REF, COMPONENTS + name(targetFile));
            return;
        }
        JsonNode part = schemaFile(targetFile).at(pointer);
        if (part.isMissingNode() || !part.isObject()) {
            throw new IllegalStateException("no " + pointer + " in " + targetFile + " (referenced as " + ref + ")");
        }
        ObjectNode copy = part.deepCopy();
        resolve(copy, targetFile, depth + 1);
        object.remove(REF);
        copy.fields().forEachRemaining(field -> {
            if (!object.has(field.getKey())) {
                object.set(field.getKey(), field.getValue());
            }
        });
    }

    private void component(String file, int depth) {
        String name = name(file);
        String named = fileOfComponent.putIfAbsent(name, file);
        if (named != null && !named.equals(file)) {
            throw new IllegalStateException("two schema files make the component " + name + ": " + named + ", " + file);
        }
        if (components.has(name)) {
            return;
        }
        ObjectNode schema = schemaFile(file).deepCopy();
        // the bundle's references are pointers into this document: a schema's own $id would move their base
        schema.remove("$id");
        schema.remove("$schema");
        components.set(name, schema);
        resolve(schema, file, depth + 1);
    }

    private static String name(String file) {
        String fileName = SchemaPaths.fileName(file);
        return fileName.substring(0, fileName.length() - ".json".length());
    }

    private static String schemaFileOf(String file, String ref) {
        try {
            return SchemaPaths.fileOf(file, ref);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static JsonNode schemaFile(String file) {
        return read(JSON, file);
    }

    private static JsonNode read(ObjectMapper mapper, String file) {
        try (InputStream in = OpenApiBundle.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("no " + CLASSPATH_FOLDER + file + " on the class path");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CLASSPATH_FOLDER + file, e);
        }
    }
}
