package org.aicnet.conformance.platform;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.run.KitError;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Talks to the platform under test with REST-assured: the configured base URL, token header, timeouts, proxy and TLS
 * settings. Every exchange is handed to an evidence sink; a request that gets no answer is a {@link KitError}.
 */
public final class PlatformClient {

    private final SuiteConfig config;
    private final RestAssuredConfig restConfig;
    private final Consumer<Exchange> evidence;

    public PlatformClient(SuiteConfig config, Consumer<Exchange> evidence) {
        this(config, evidence, config.requestTimeout());
    }

    /** A client whose requests wait at most {@code timeout} to connect and for an answer. */
    public PlatformClient(SuiteConfig config, Consumer<Exchange> evidence, java.time.Duration timeout) {
        this.config = config;
        this.evidence = evidence;
        int timeoutMillis = (int) timeout.toMillis();
        RestAssuredConfig rest = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", timeoutMillis)
                .setParam("http.socket.timeout", timeoutMillis)
                .setParam("http.connection-manager.timeout", (long) timeoutMillis));
        if (config.insecureTls()) {
            rest = rest.sslConfig(SSLConfig.sslConfig().relaxedHTTPSValidation().allowAllHostnames());
        } else if (config.trustStore().isPresent()) {
            rest = rest.sslConfig(SSLConfig.sslConfig().trustStore(config.trustStore().get().toString(),
                    config.trustStorePassword().orElse("")));
        }
        this.restConfig = rest;
    }

    public ApiRequest get(String path) {
        return new ApiRequest(this, "GET", path);
    }

    public ApiRequest post(String path) {
        return new ApiRequest(this, "POST", path);
    }

    public ApiRequest delete(String path) {
        return new ApiRequest(this, "DELETE", path);
    }

    public ApiRequest put(String path) {
        return new ApiRequest(this, "PUT", path);
    }

    /** A request to an absolute URL the platform handed out (a log link, an online service), without a token. */
    public ApiRequest absolute(String method, String url) {
        return new ApiRequest(this, method, url).verbatim();
    }

    String tokenHeader() {
        return config.tokenHeader();
    }

    String tokenValue(String token) {
        return config.tokenPrefix() + token;
    }

    ApiResponse send(ApiRequest request) {
        String url = request.url(config.baseUrl());
        RequestSpecification spec = RestAssured.given().config(restConfig).urlEncodingEnabled(!request.isVerbatim())
                .filter(new EvidenceFilter(evidence, config.tokenHeader()));
        config.proxy().ifPresent(proxy -> spec.proxy(proxyHost(proxy), proxy.getPort(), proxy.getScheme()));
        request.headers().forEach(spec::header);
        request.query().forEach(spec::queryParam);
        request.body().ifPresent(body -> spec.contentType(request.contentType()).body(body));
        request.multipart().forEach(part -> part.addTo(spec));
        Response response;
        try {
            response = spec.request(request.method(), url);
        } catch (Exception e) {
            // REST-assured (Groovy) throws a refused connection as the checked ConnectException itself
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof IOException)) {
                cause = cause.getCause();
            }
            if (cause instanceof IOException) {
                Throwable root = cause;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                throw new KitError("no answer from the platform to " + request.method() + " " + url + ": " + cause
                        + (root == cause ? "" : " (" + root + ")"), e);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new KitError("the request " + request.method() + " " + url + " could not be sent: " + e, e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.merge(header.getName(), header.getValue(), (a, b) -> a + ", " + b);
        }
        return new ApiResponse(response.getStatusCode(), headers, response.asByteArray(), config.errorCodePointer());
    }

    private static String proxyHost(URI proxy) {
        return proxy.getHost();
    }
}
