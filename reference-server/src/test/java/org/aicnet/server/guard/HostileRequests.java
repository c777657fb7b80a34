package org.aicnet.server.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aicnet.schemas.TableSchemas;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates malformed and well-formed requests for every route of the server from the request schemas of schemas/:
 * fields of the wrong JSON type, past every bound, odd Unicode, broken and oversized JSON, bad percent-escapes, long
 * ids, odd methods and missing or forged tokens. Each request is made from its own seed, so one can be made again.
 */
final class HostileRequests {

    /** One route: its declared method and path, where its input goes and the schema of that input. */
    record Endpoint(String method, String path, Input input, String schema) {
    }

    enum Input { JSON_BODY, QUERY, MULTIPART, NONE }

    /** A request as bytes, and a short description of it for a failure message. */
    record Fuzzed(Endpoint endpoint, String method, byte[] bytes, String summary) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/auth/tokens", Input.JSON_BODY, TableSchemas.TOKEN_REQUEST),
            new Endpoint("GET", "/centers", Input.QUERY, TableSchemas.CENTERS_QUERY),
            new Endpoint("GET", "/resource/specs", Input.QUERY, TableSchemas.RESOURCE_SPECS_QUERY),
            new Endpoint("GET", "/resource/idle", Input.QUERY, TableSchemas.IDLE_RESOURCES_QUERY),
            new Endpoint("GET", "/resource/images", Input.QUERY, TableSchemas.IMAGES_QUERY),
            new Endpoint("GET", "/datasets", Input.QUERY, TableSchemas.DATASETS_QUERY),
            new Endpoint("POST", "/datasets/upload", Input.MULTIPART, TableSchemas.DATASET_UPLOAD_REQUEST),
            new Endpoint("GET", "/trainjob", Input.QUERY, TableSchemas.TRAINJOB_LIST_QUERY),
            new Endpoint("POST", "/trainjob", Input.JSON_BODY, TableSchemas.TRAINJOB_CREATE_REQUEST),
            new Endpoint("GET", "/trainjob/{id}", Input.NONE, TableSchemas.TRAINJOB_PATH_PARAMS),
            new Endpoint("DELETE", "/trainjob/{id}", Input.NONE, TableSchemas.TRAINJOB_PATH_PARAMS),
            new Endpoint("POST", "/trainjob/{id}/stop", Input.NONE, TableSchemas.TRAINJOB_PATH_PARAMS),
            new Endpoint("GET", "/trainjob/{id}/download", Input.NONE, TableSchemas.TRAINJOB_PATH_PARAMS),
            new Endpoint("GET", "/trainjob/{id}/tasks/{taskId}/logs/url", Input.QUERY,
                    TableSchemas.TRAINJOB_LOG_URL_PARAMS),
            new Endpoint("POST", "/onlineJob", Input.JSON_BODY, TableSchemas.ONLINEJOB_CREATE_REQUEST),
            new Endpoint("GET", "/services/{id}/", Input.NONE, null),
            new Endpoint("GET", "/logs/{id}/{taskId}", Input.NONE, null));

    private static final List<String> METHODS =
            List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "FOO");
    private static final List<String> BAD_ESCAPES = List.of("%zz", "%u002e", "%00", "%", "%2", "%E0%A4%A", "%C0%AF",
            "%2e%2e", "%2F", "%ff%fe", "%u0000");
    private static final List<String> ODD_TEXT = List.of("", " ", "\u0000", "\uD83D\uDE00\uD83D\uDE00", "\u202Eevil",
            "' OR 1=1 --", "<script>x</script>", "${jndi:ldap://x}", "..%2f..%2f", "null", "\\", "\"", "\r\nX: y",
            "\uFFFF", "\uD800");
    private static final String NAME_CHARACTERS = "ABCXYZabcxyz0189_-";
    private static final int ONE_MIB = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<Endpoint, RequestSchema> schemas;
    private final String token;
    private final List<String> ids;

    HostileRequests(String token, List<String> ids) {
        this.token = token;
        this.ids = ids;
        this.schemas = new java.util.HashMap<>();
        for (Endpoint endpoint : ENDPOINTS) {
            if (endpoint.schema() != null) {
                schemas.put(endpoint, RequestSchema.load(endpoint.schema()));
            }
        }
    }

    Fuzzed next(SplittableRandom random) {
        // Log-ins check a password with PBKDF2 when the body is well-formed: sent less often, to keep the run short.
        Endpoint endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
        if (endpoint.path().equals("/auth/tokens") && random.nextInt(3) > 0) {
            endpoint = ENDPOINTS.get(1 + random.nextInt(ENDPOINTS.size() - 1));
        }
        String method = random.nextInt(10) < 8 ? endpoint.method() : pick(random, METHODS);
        String target = path(random, endpoint);
        RequestSchema schema = schemas.get(endpoint);
        if (endpoint.input() == Input.QUERY) {
            target += query(random, schema);
        } else if (random.nextInt(20) == 0) {
            target += "?" + pick(random, BAD_ESCAPES) + "=" + pick(random, BAD_ESCAPES);
        }
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        tokenHeader(random, head);
        byte[] body = new byte[0];
        String contentType = null;
        long declaredLength = -1;
        if (endpoint.input() == Input.JSON_BODY) {
            int form = random.nextInt(100);
            String text = form < 70 ? JSON.valueToTree(object(random, schema, 0)).toString()
                    : form < 80 ? truncated(random, JSON.valueToTree(object(random, schema, 0)).toString())
                    : form < 85 ? JSON.valueToTree(value(random, null, 0)).toString()
                    : form < 90 ? "[".repeat(2000 + random.nextInt(3000))
                    : form < 94 ? "" : form < 97 ? "{\"a\":1}" : "{\"pad\":\"" + "x".repeat(ONE_MIB) + "\"}";
            body = text.getBytes(StandardCharsets.UTF_8);
            contentType = random.nextInt(12) == 0 ? pick(random, List.of("text/plain", "application/xml",
                    "application/json; charset=utf-16", "multipart/form-data")) : "application/json";
            if (random.nextInt(40) == 0) {
                declaredLength = 16L * ONE_MIB;
                body = new byte[Math.min(body.length, 1024)];
            }
        } else if (endpoint.input() == Input.MULTIPART) {
            String boundary = "fuzz" + random.nextInt(1_000_000);
            body = multipart(random, schema, boundary);
            contentType = random.nextInt(15) == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary;
        } else if (random.nextInt(15) == 0) {
            body = "{\"unexpected\": true}".getBytes(StandardCharsets.UTF_8);
            contentType = "application/json";
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (random.nextInt(200) == 0) {
            head.append("X-Padding: ").append("p".repeat(9 * 1024)).append("\r\n");
        }
        head.append("Content-Length: ").append(declaredLength >= 0 ? declaredLength : body.length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(body);
        String summary = method + " " + abbreviated(target) + " (" + endpoint.method() + " " + endpoint.path() + "), "
                + body.length + " body bytes: " + abbreviated(new String(body, 0, Math.min(body.length, 200),
                StandardCharsets.UTF_8));
        return new Fuzzed(endpoint, method, bytes.toByteArray(), summary);
    }

    private String path(SplittableRandom random, Endpoint endpoint) {
        String path = endpoint.path();
        while (path.contains("{")) {
            int start = path.indexOf('{');
            int end = path.indexOf('}', start);
            String name = path.substring(start + 1, end);
            path = path.substring(0, start) + pathValue(random, name) + path.substring(end + 1);
        }
        return path;
    }

    private String pathValue(SplittableRandom random, String name) {
        int form = random.nextInt(20);
        if (form < 8) {
            return name.equals("taskId") ? "task-" + random.nextInt(3) : pick(random, ids);
        }
        if (form < 11) {
            return pick(random, BAD_ESCAPES) + (random.nextBoolean() ? pick(random, ids) : "");
        }
        if (form < 13) {
            return "a".repeat(random.nextInt(3) == 0 ? 10_000 : 1 + random.nextInt(3000));
        }
        if (form < 16) {
            return URLEncoder.encode(pick(random, ODD_TEXT), StandardCharsets.UTF_8).replace("+", "%20");
        }
        return "job-" + random.nextLong(0, 10_000_000_000L);
    }

    private String query(SplittableRandom random, RequestSchema schema) {
        StringBuilder query = new StringBuilder();
        for (RequestSchema.Field field : schema.fields().values()) {
            if (field.name().equals("id") || field.name().equals("taskId") || random.nextInt(3) > 0) {
                continue;
            }
            query.append(query.length() == 0 ? "?" : "&").append(field.name()).append('=');
            if (random.nextInt(8) == 0) {
                query.append(random.nextBoolean() ? "abc" : "").append(pick(random, BAD_ESCAPES));
            } else {
                JsonNode value = value(random, field, 0);
                String text = value.isTextual() ? value.asText() : value.toString();
                query.append(URLEncoder.encode(text, StandardCharsets.UTF_8));
            }
        }
        if (random.nextInt(10) == 0) {
            query.append(query.length() == 0 ? "?" : "&").append("unknown=1&page=1&page=2");
        }
        return query.toString();
    }

    private void tokenHeader(SplittableRandom random, StringBuilder head) {
        int form = random.nextInt(20);
        if (form < 16) {
            head.append("X-Auth-Token: ").append(token).append("\r\n");
        } else if (form == 16) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        } else if (form == 17) {
            head.append("X-Auth-Token: ").append(token, 0, token.length() - 1).append("x\r\n");
        } else if (form == 18) {
            head.append("Authorization: Basic YWxpY2U6YWxpY2Utc2VjcmV0\r\n");
        }
    }

    private ObjectNode object(SplittableRandom random, RequestSchema schema, int depth) {
        ObjectNode object = NODES.objectNode();
        for (RequestSchema.Field field : schema.fields().values()) {
            boolean required = schema.required().contains(field.name());
            if (random.nextInt(required ? 12 : 2) == 0) {
                continue;
            }
            object.set(field.name(), value(random, field, depth + 1));
        }
        if (random.nextInt(10) == 0) {
            object.put("unknownField", random.nextInt());
        }
        return object;
    }

    /** A value of the field: most often of its schema, else of another type or past a bound. */
    private JsonNode value(SplittableRandom random, RequestSchema.Field field, int depth) {
        if (field == null || random.nextInt(4) == 0) {
            return hostile(random, depth);
        }
        if (!field.values().isEmpty() && random.nextInt(4) > 0) {
            return field.values().get(random.nextInt(field.values().size()));
        }
        String type = field.types().isEmpty() ? "string" : field.types().get(0);
        return switch (type) {
            case "object" -> field.object() == null || depth > 3 ? NODES.objectNode() : object(random, field.object(), depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(random.nextInt(5) == 0 ? hostile(random, depth) : NODES.textNode(text(random, field)));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(integer(random, field));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(text(random, field));
        };
    }

    private static long integer(SplittableRandom random, RequestSchema.Field field) {
        long min = field.minimum() == null ? 0 : field.minimum();
        long max = field.maximum() == null ? min + 100 : field.maximum();
        return switch (random.nextInt(6)) {
            case 0 -> min - 1;
            case 1 -> max + 1;
            case 2 -> random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
            default -> random.nextLong(min, max + 1);
        };
    }

    private String text(SplittableRandom random, RequestSchema.Field field) {
        if (field.name().equals("jobName") && random.nextBoolean()) {
            StringBuilder name = new StringBuilder();
            for (int i = 1 + random.nextInt(64); i > 0; i--) {
                name.append(NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length())));
            }
            return name.toString();
        }
        if (field.name().equals("name") && random.nextBoolean()) {
            return "bob";
        }
        int limit = field.maxLength() == null ? 256 : field.maxLength();
        return switch (random.nextInt(8)) {
            case 0 -> "x".repeat(limit + 1);
            case 1 -> "\uD83D\uDE00".repeat(limit / 2 + random.nextInt(limit));
            case 2 -> "y".repeat(random.nextInt(3) == 0 ? 70_000 : 2049 + random.nextInt(2000));
            case 3 -> pick(random, ODD_TEXT);
            case 4 -> pick(random, ids);
            default -> "v" + random.nextInt(1000);
        };
    }

    /** A value of any JSON type, deep or large now and then. */
    private static JsonNode hostile(SplittableRandom random, int depth) {
        return switch (random.nextInt(11)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextLong());
            case 3 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 4 -> NODES.numberNode(random.nextDouble() * 1e6 - 5e5);
            case 5 -> NODES.textNode(pick(random, ODD_TEXT));
            case 6 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 7 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(3); i > 0 && depth < 4; i--) {
                    array.add(hostile(random, depth + 1));
                }
                yield array;
            }
            case 8 -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    object.set("k" + random.nextInt(10), hostile(random, depth + 1));
                }
                yield object;
            }
            case 9 -> NODES.textNode("z".repeat(random.nextInt(100_000)));
            default -> NODES.numberNode(-1);
        };
    }

    private byte[] multipart(SplittableRandom random, RequestSchema schema, String boundary) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (RequestSchema.Field field : schema.fields().values()) {
            if (random.nextInt(6) == 0) {
                continue;
            }
            StringBuilder part = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(field.name()).append('"');
            String content;
            if (field.name().equals("file")) {
                if (random.nextInt(5) > 0) {
                    String fileName = random.nextInt(4) == 0 ? "f".repeat(1000 + random.nextInt(3000)) : "data.bin";
                    part.append("; filename=\"").append(fileName).append('"');
                }
                part.append("\r\nContent-Type: application/octet-stream");
                content = "payload".repeat(random.nextInt(20));
            } else {
                JsonNode value = value(random, field, 0);
                content = value.isTextual() ? value.asText() : value.toString();
                if (random.nextInt(15) == 0) {
                    content = "w".repeat(70 * 1024);
                }
            }
            body.writeBytes(part.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (random.nextInt(6) > 0) {
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return body.toByteArray();
    }

    private static String truncated(SplittableRandom random, String json) {
        return json.isEmpty() ? "{" : json.substring(0, random.nextInt(json.length()));
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String abbreviated(String text) {
        String printable = text.replaceAll("[\\r\\n]", " ");
        return printable.length() > 160 ? printable.substring(0, 160) + "...(" + printable.length() + ")" : printable;
    }
}
