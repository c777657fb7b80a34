package org.aicnet.conformance.platform;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Records each exchange as evidence: tokens and passwords are redacted before anything is kept, so no report can
 * leak a secret, and the curl command reads the token from {@code $AICNET_TOKEN}.
 */
final class EvidenceFilter implements Filter {

    static final String REDACTED = SecretRedaction.REDACTED;

    private final Consumer<Exchange> sink;
    private final String tokenHeader;
    private final List<ApiRequest.Part> multipart;

    /** {@code multipart}: the parts of a multipart body, sent encoded, that the evidence names one by one. */
    EvidenceFilter(Consumer<Exchange> sink, String tokenHeader, List<ApiRequest.Part> multipart) {
        this.sink = sink;
        this.tokenHeader = tokenHeader;
        this.multipart = List.copyOf(multipart);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        long started = System.nanoTime();
        Response response = ctx.next(request, responseSpec);
        long millis = (System.nanoTime() - started) / 1_000_000;

        Map<String, String> requestHeaders = new LinkedHashMap<>();
        for (Header header : request.getHeaders()) {
            requestHeaders.put(header.getName(), isSecret(header.getName()) ? REDACTED : header.getValue());
        }
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            responseHeaders.merge(header.getName(), header.getValue(), (a, b) -> a + ", " + b);
        }
        String requestBody = redact(bodyOf(request));
        String responseBody = redact(response.getBody().asString());
        sink.accept(new Exchange(request.getMethod(), request.getURI(), requestHeaders, Exchange.cut(requestBody),
                response.getStatusCode(), responseHeaders, Exchange.cut(responseBody), millis,
                curl(request, requestBody)));
        return response;
    }

    private boolean isSecret(String header) {
        return header.equalsIgnoreCase(tokenHeader) || header.equalsIgnoreCase("Authorization")
                || header.equalsIgnoreCase("Cookie");
    }

    private String bodyOf(FilterableRequestSpecification request) {
        if (!multipart.isEmpty()) {
            return MultipartBody.describe(multipart);
        }
        Object body = request.getBody();
        return body == null ? null : body.toString();
    }

    static String redact(String body) {
        return SecretRedaction.jsonFields(body);
    }

    private String curl(FilterableRequestSpecification request, String body) {
        StringBuilder curl = new StringBuilder("curl -sS -X ").append(request.getMethod()).append(" '")
                .append(request.getURI()).append('\'');
        for (Header header : request.getHeaders()) {
            String value = isSecret(header.getName()) ? "$AICNET_TOKEN" : header.getValue();
            if (header.getName().equalsIgnoreCase("Accept") || header.getName().equalsIgnoreCase("Content-Length")
                    || !multipart.isEmpty() && header.getName().equalsIgnoreCase("Content-Type")) {
                continue;
            }
            curl.append(isSecret(header.getName()) ? " -H \"" : " -H '").append(header.getName()).append(": ")
                    .append(value).append(isSecret(header.getName()) ? "\"" : "'");
        }
        if (!multipart.isEmpty()) {
            multipart.forEach(part -> curl.append(" -F '").append(part.name())
                    .append(part.file() == null ? "=" + part.text() : "=@" + part.fileName()).append('\''));
        } else if (body != null) {
            curl.append(" --data '").append(body.replace("'", "'\\''")).append('\'');
        }
        return curl.toString();
    }
}
