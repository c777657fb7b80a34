package org.aicnet.conformance.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One request to the platform, built step by step and sent with {@link #send()}. */
public final class ApiRequest {

    /** One part of a multipart/form-data body: a text field or a file. */
    public record Part(String name, String text, byte[] file, String fileName) {
    }

    private final PlatformClient client;
    private final String method;
    private final String path;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final Map<String, Object> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Part> multipart = new ArrayList<>();
    private String token;
    private String body;
    private String contentType = "application/json; charset=utf-8";
    private boolean verbatim;

    ApiRequest(PlatformClient client, String method, String path) {
        this.client = client;
        this.method = method;
        this.path = path;
    }

    /** Sends the token in the configured header, with the configured prefix. */
    public ApiRequest token(String token) {
        if (token != null) {
            this.token = token;
            headers.put(client.tokenHeader(), client.tokenValue(token));
        }
        return this;
    }

    /** Sends a header as it is, for example a malformed token. */
    public ApiRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Fills a {name} segment of the path; the value is URL-encoded. */
    public ApiRequest pathParam(String name, String value) {
        pathParams.put(name, value);
        return this;
    }

    public ApiRequest query(String name, Object value) {
        if (value != null) {
            query.put(name, value);
        }
        return this;
    }

    public ApiRequest query(Map<String, ?> values) {
        values.forEach(this::query);
        return this;
    }

    public ApiRequest json(String json) {
        this.body = json;
        return this;
    }

    public ApiRequest body(String body, String contentType) {
        this.body = body;
        this.contentType = contentType;
        return this;
    }

    public ApiRequest field(String name, String value) {
        multipart.add(new Part(name, value, null, null));
        return this;
    }

    public ApiRequest file(String name, String fileName, byte[] content) {
        multipart.add(new Part(name, null, content, fileName));
        return this;
    }

    /** Sends the URL exactly as given, without encoding it again: for links the platform handed out. */
    ApiRequest verbatim() {
        verbatim = true;
        return this;
    }

    public ApiResponse send() {
        return client.send(this);
    }

    String method() {
        return method;
    }

    String url(String baseUrl) {
        String resolved = path;
        for (Map.Entry<String, String> param : pathParams.entrySet()) {
            resolved = resolved.replace("{" + param.getKey() + "}",
                    java.net.URLEncoder.encode(param.getValue(), java.nio.charset.StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        }
        return resolved.startsWith("http://") || resolved.startsWith("https://") ? resolved : baseUrl + resolved;
    }

    /** The token this request carries (see {@link #token(String)}), or null. */
    String token() {
        return token;
    }

    Map<String, String> headers() {
        return headers;
    }

    Map<String, Object> query() {
        return query;
    }

    Optional<String> body() {
        return Optional.ofNullable(body);
    }

    boolean isVerbatim() {
        return verbatim;
    }

    String contentType() {
        return contentType;
    }

    List<Part> multipart() {
        return multipart;
    }
}
