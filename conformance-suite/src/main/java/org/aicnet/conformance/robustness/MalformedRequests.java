package org.aicnet.conformance.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.aicnet.conformance.platform.ApiRequest;
import org.aicnet.schemas.standard.JobFields;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounded set of malformed requests derived from an endpoint's request schema: a wrong JSON type for each field,
 * each required field left out, each bound of the schema passed by one, a value outside each enum, broken JSON, a body
 * that is no object, an oversized body, and broken percent-escapes in the path and the query. Every other value of a
 * request is a well-formed placeholder, so each request has one mistake (reading R-several-errors).
 */
public final class MalformedRequests {

    // B.1 and reading R-no-input-harm.
    static final String WRONG_TYPE = "0201";
    static final String ILLEGAL = "0202";
    static final String MISSING = "0203";
    static final String OUT_OF_RANGE = "0204";
    private static final Set<String> BOUND = Set.of(ILLEGAL, OUT_OF_RANGE);
    /** Readings R-jobname-rules (illegal character 0205, length 0206) and R-jobdesc-rules (0207). */
    private static final Map<String, Set<String>> FIELD_CODES = Map.of(
            JobFields.JOB_NAME, Set.of("0205", "0206"), JobFields.JOB_DESC, Set.of("0207"));
    /** Reading R-no-input-harm: a percent-escape that is not % and two hex digits. */
    private static final List<String> BAD_ESCAPES = List.of("%zz", "%u002e", "%4");
    /** Past the JSON cap of any platform that keeps one near the reference server's 1 MiB. */
    static final int OVERSIZED_BYTES = 2 * 1024 * 1024;
    private static final Pattern LENGTH_BOUND = Pattern.compile("\\{\\d+,(\\d+)}");
    private static final String PLACEHOLDER = "aicnet-robustness";
    /** Outside every enum, and matching no pattern of schemas/ (a space and a "!"). */
    private static final String NO_SUCH_VALUE = "aicnet no such value!";
    private static final byte[] FILE = "aicnet robustness\n".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Endpoint endpoint;
    private final List<SchemaFields.Field> fields;
    private final Map<String, String> pathValues;
    private final List<Malformed> requests = new ArrayList<>();

    private MalformedRequests(Endpoint endpoint, String unknownId) {
        this.endpoint = endpoint;
        this.fields = endpoint.schema() == null ? List.of() : SchemaFields.of(endpoint.schema());
        this.pathValues = new LinkedHashMap<>();
        Matcher param = Pattern.compile("\\{(\\w+)}").matcher(endpoint.path());
        while (param.find()) {
            pathValues.put(param.group(1), unknownId);
        }
    }

    /** The malformed requests of the endpoint; {@code unknownId} fills its path parameters (an id no job has). */
    public static List<Malformed> of(Endpoint endpoint, String unknownId) {
        MalformedRequests derived = new MalformedRequests(endpoint, unknownId);
        derived.pathEscapes();
        switch (endpoint.input()) {
            case JSON -> derived.jsonBodies();
            case QUERY -> derived.queries();
            case MULTIPART -> derived.forms();
            case NONE -> { }
        }
        return List.copyOf(derived.requests);
    }

    private void pathEscapes() {
        for (String param : pathValues.keySet()) {
            for (String escape : BAD_ESCAPES) {
                Map<String, String> values = new LinkedHashMap<>();
                pathValues.forEach((name, value) -> values.put(name, encode(value)));
                values.put(param, escape);
                // another path parameter names no job either: its 0240 is as due as the escape's 0201
                Set<String> codes = pathValues.size() > 1 ? with(Set.of(WRONG_TYPE), endpoint.alsoAllowed())
                        : Set.of(WRONG_TYPE);
                requests.add(new Malformed("path parameter " + param + " with the escape " + escape,
                        endpoint.method(), path(values) + query(baseQuery()), null, List.of(), codes));
            }
        }
    }

    private void jsonBodies() {
        ObjectNode base = baseObject();
        String first = fields.get(0).name();
        add("JSON cut off", encodedPath(), "{\"" + first + "\":", List.of(), Set.of(WRONG_TYPE));
        add("a JSON array instead of an object", encodedPath(), "[" + base + "]", List.of(), Set.of(WRONG_TYPE));
        for (SchemaFields.Field field : fields) {
            add(field.name() + " of the wrong JSON type", encodedPath(),
                    with(base, field, wrongType(field)).toString(), List.of(), Set.of(WRONG_TYPE));
            if (field.required()) {
                add(field.name() + " left out", encodedPath(), without(base, field).toString(), List.of(),
                        Set.of(MISSING));
            }
            for (Map.Entry<String, JsonNode> bad : pastBounds(field).entrySet()) {
                add(field.name() + " " + bad.getKey(), encodedPath(), with(base, field, bad.getValue()).toString(),
                        List.of(), boundCodes(field));
            }
        }
        SchemaFields.Field padded = fields.stream().filter(MalformedRequests::isFreeText).findFirst().orElseThrow();
        add("a body of 2 MiB (in " + padded.name() + ")", encodedPath(),
                with(base, padded, new TextNode("a".repeat(OVERSIZED_BYTES))).toString(), List.of(),
                with(Set.of(OUT_OF_RANGE), boundCodes(padded)));
    }

    private void queries() {
        Map<String, String> base = baseQuery();
        for (SchemaFields.Field field : queryFields()) {
            String name = field.name();
            for (String escape : BAD_ESCAPES) {
                add(name + " with the escape " + escape, encodedPath() + query(with(base, name, escape)), null,
                        List.of(), Set.of(WRONG_TYPE));
            }
            if (field.required()) {
                Map<String, String> without = new LinkedHashMap<>(base);
                without.remove(name);
                add(name + " left out", encodedPath() + query(without), null, List.of(), Set.of(MISSING));
            }
            String wrong = switch (field.type()) {
                case "integer", "number" -> "abc";
                case "boolean" -> "maybe";
                default -> null;
            };
            if (wrong != null) {
                add(name + " of the wrong type", encodedPath() + query(with(base, name, encode(wrong))), null,
                        List.of(), Set.of(WRONG_TYPE));
            }
            for (Map.Entry<String, JsonNode> bad : pastBounds(field).entrySet()) {
                add(name + " " + bad.getKey(), encodedPath() + query(with(base, name, encode(bad.getValue().asText()))),
                        null, List.of(), boundCodes(field));
            }
        }
    }

    private void forms() {
        Map<String, ApiRequest.Part> base = new LinkedHashMap<>();
        for (SchemaFields.Field field : fields) {
            if (field.required()) {
                base.put(field.name(), formPart(field, formValue(field)));
            }
        }
        for (SchemaFields.Field field : fields) {
            if (field.required()) {
                Map<String, ApiRequest.Part> without = new LinkedHashMap<>(base);
                without.remove(field.name());
                add(field.name() + " left out", encodedPath(), null, List.copyOf(without.values()), Set.of(MISSING));
            }
            if (field.schema().has("contentMediaType")) {
                continue;
            }
            if (field.type().equals("integer")) {
                add(field.name() + " of the wrong type", encodedPath(), null,
                        replaced(base, field, "abc"), Set.of(WRONG_TYPE));
            }
            for (Map.Entry<String, JsonNode> bad : pastBounds(field).entrySet()) {
                add(field.name() + " " + bad.getKey(), encodedPath(), null,
                        replaced(base, field, bad.getValue().asText()), boundCodes(field));
            }
        }
    }

    /** Each bound of the field's schema passed by one: a description of the value and the value. */
    private static Map<String, JsonNode> pastBounds(SchemaFields.Field field) {
        JsonNode schema = field.schema();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (schema.has("minimum")) {
            values.put("below its minimum " + schema.get("minimum"), new IntNode(schema.get("minimum").asInt() - 1));
        }
        if (schema.has("maximum")) {
            values.put("past its maximum " + schema.get("maximum"), new IntNode(schema.get("maximum").asInt() + 1));
        }
        if (schema.has("maxLength")) {
            int length = schema.get("maxLength").asInt() + 1;
            values.put("of " + length + " characters", new TextNode("a".repeat(length)));
        }
        Matcher bound = LENGTH_BOUND.matcher(schema.path("pattern").asText());
        if (bound.find()) {
            int length = Integer.parseInt(bound.group(1)) + 1;
            values.put("of " + length + " characters", new TextNode("a".repeat(length)));
        }
        if (schema.has("enum") || schema.has("pattern") || schema.path("anyOf").path(0).has("const")) {
            values.put("outside the values it may take", new TextNode(NO_SUCH_VALUE));
        }
        return values;
    }

    private static Set<String> boundCodes(SchemaFields.Field field) {
        return with(BOUND, FIELD_CODES.getOrDefault(field.path().get(field.path().size() - 1), Set.of()));
    }

    private static boolean isFreeText(SchemaFields.Field field) {
        JsonNode schema = field.schema();
        return field.type().equals("string") && !schema.has("enum") && !schema.has("anyOf")
                && !schema.has("const");
    }

    private static JsonNode wrongType(SchemaFields.Field field) {
        return switch (field.type()) {
            case "string" -> new IntNode(12345);
            case "integer", "number" -> new TextNode("abc");
            case "boolean" -> new TextNode("maybe");
            default -> new TextNode(PLACEHOLDER);
        };
    }

    private ObjectNode baseObject() {
        ObjectNode base = JSON.createObjectNode();
        for (SchemaFields.Field field : fields) {
            if (field.inBase() && parentPresent(base, field)) {
                set(base, field, placeholder(field.schema()));
            }
        }
        return base;
    }

    private static JsonNode placeholder(JsonNode schema) {
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.path("anyOf").path(0).has("const")) {
            return schema.get("anyOf").get(0).get("const");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> new IntNode(schema.path("minimum").asInt(1));
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            case "array" -> JSON.createArrayNode();
            case "object" -> JSON.createObjectNode();
            default -> new TextNode(PLACEHOLDER);
        };
    }

    private Map<String, String> baseQuery() {
        Map<String, String> base = new LinkedHashMap<>();
        for (SchemaFields.Field field : queryFields()) {
            if (field.required()) {
                base.put(field.name(), encode(placeholder(field.schema()).asText()));
            }
        }
        return base;
    }

    private List<SchemaFields.Field> queryFields() {
        return fields.stream().filter(field -> !endpoint.isPathParameter(field.name())).toList();
    }

    private ApiRequest.Part formPart(SchemaFields.Field field, String value) {
        return field.schema().has("contentMediaType")
                ? new ApiRequest.Part(field.name(), null, FILE, PLACEHOLDER + ".txt")
                : new ApiRequest.Part(field.name(), value, null, null);
    }

    /** A.28: md5 and size describe the file, so that only the mistake made on purpose is one. */
    private static String formValue(SchemaFields.Field field) {
        return switch (field.name()) {
            case "md5" -> md5(FILE);
            case "size" -> String.valueOf(FILE.length);
            default -> PLACEHOLDER;
        };
    }

    private List<ApiRequest.Part> replaced(Map<String, ApiRequest.Part> base, SchemaFields.Field field,
                                           String value) {
        Map<String, ApiRequest.Part> parts = new LinkedHashMap<>(base);
        parts.put(field.name(), formPart(field, value));
        return List.copyOf(parts.values());
    }

    private void add(String what, String target, String body, List<ApiRequest.Part> parts, Set<String> codes) {
        requests.add(new Malformed(what, endpoint.method(), target, body, parts,
                with(codes, endpoint.alsoAllowed())));
    }

    private String encodedPath() {
        Map<String, String> values = new LinkedHashMap<>();
        pathValues.forEach((name, value) -> values.put(name, encode(value)));
        return path(values);
    }

    private String path(Map<String, String> values) {
        String path = endpoint.path();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static String query(Map<String, String> encoded) {
        if (encoded.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        encoded.forEach((name, value) -> pairs.add(name + "=" + value));
        return "?" + String.join("&", pairs);
    }

    private static Map<String, String> with(Map<String, String> base, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(base);
        copy.put(name, value);
        return copy;
    }

    private static Set<String> with(Set<String> codes, Set<String> more) {
        Set<String> all = new HashSet<>(codes);
        all.addAll(more);
        return Set.copyOf(all);
    }

    private static boolean parentPresent(ObjectNode base, SchemaFields.Field field) {
        JsonNode node = base;
        for (String name : field.path().subList(0, field.path().size() - 1)) {
            node = node.path(name);
        }
        return node.isObject();
    }

    private static ObjectNode with(ObjectNode base, SchemaFields.Field field, JsonNode value) {
        ObjectNode copy = base.deepCopy();
        set(copy, field, value);
        return copy;
    }

    private static ObjectNode without(ObjectNode base, SchemaFields.Field field) {
        ObjectNode copy = base.deepCopy();
        parentOf(copy, field).remove(field.path().get(field.path().size() - 1));
        return copy;
    }

    private static void set(ObjectNode root, SchemaFields.Field field, JsonNode value) {
        parentOf(root, field).set(field.path().get(field.path().size() - 1), value);
    }

    private static ObjectNode parentOf(ObjectNode root, SchemaFields.Field field) {
        ObjectNode node = root;
        for (String name : field.path().subList(0, field.path().size() - 1)) {
            node = node.has(name) && node.get(name).isObject() ? (ObjectNode) node.get(name) : node.putObject(name);
        }
        return node;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("kit defect: MD5 is missing from the JVM", e);
        }
    }
}
