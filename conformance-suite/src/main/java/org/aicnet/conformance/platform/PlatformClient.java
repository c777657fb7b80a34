package org.aicnet.conformance.platform;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.aicnet.conformance.KitError;
import org.aicnet.conformance.config.SuiteConfig;

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

    /** Bodies at least this large ask for the platform's go-ahead first, so that an early refusal can be read. */
    static final int CONTINUE_THRESHOLD = 64 * 1024;
    private static final int CONTINUE_WAIT_MILLIS = 2000;
    /** B.1: token已过期. */
    private static final String EXPIRED_TOKEN = "0102";

    private final SuiteConfig config;
    private final RestAssuredConfig restConfig;
    private final Consumer<Exchange> evidence;
    private final TokenRenewal renewal;

    public PlatformClient(SuiteConfig config, Consumer<Exchange> evidence) {
        this(config, evidence, TokenRenewal.NONE);
    }

    /** {@code renewal}: how a token of the suite's own that the platform says has expired is replaced. */
    public PlatformClient(SuiteConfig config, Consumer<Exchange> evidence, TokenRenewal renewal) {
        this(config, evidence, renewal, config.requestTimeout());
    }

    /** A client whose requests wait at most {@code timeout} to connect and for an answer. */
    public PlatformClient(SuiteConfig config, Consumer<Exchange> evidence, java.time.Duration timeout) {
        this(config, evidence, TokenRenewal.NONE, timeout);
    }

    private PlatformClient(SuiteConfig config, Consumer<Exchange> evidence, TokenRenewal renewal,
                           java.time.Duration timeout) {
        this.config = config;
        this.evidence = evidence;
        this.renewal = renewal;
        int timeoutMillis = (int) timeout.toMillis();
        RestAssuredConfig rest = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", timeoutMillis)
                .setParam("http.socket.timeout", timeoutMillis)
                .setParam("http.connection-manager.timeout", (long) timeoutMillis)
                // how long a body announced with Expect: 100-continue waits for the platform's go-ahead
                .setParam("http.protocol.wait-for-continue", CONTINUE_WAIT_MILLIS));
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

    /**
     * Sends the request; reading "the suite's own token": where a token of the suite's own is answered 401/0102,
     * the suite logs in again and sends the request once more with the new token. A token the renewal does not know
     * (the expired token of the 0102 checks) gets the platform's answer as it is.
     */
    ApiResponse send(ApiRequest request) {
        ApiResponse response = sendOnce(request);
        if (response.status() == 401 && request.token() != null && saysExpired(response)) {
            java.util.Optional<String> fresh = renewal.renew(request.token());
            if (fresh.isPresent()) {
                return sendOnce(request.token(fresh.get()));
            }
        }
        return response;
    }

    private ApiResponse sendOnce(ApiRequest request) {
        String url = request.url(config.baseUrl());
        if (request.isVerbatim() && !UnparsedTarget.parses(url)) {
            return UnparsedTarget.send(config, request, url, evidence);
        }
        RequestSpecification spec = RestAssured.given().config(restConfig).urlEncodingEnabled(!request.isVerbatim())
                .filter(new EvidenceFilter(evidence, config.tokenHeader(), request.multipart()));
        config.proxy().ifPresent(proxy -> spec.proxy(proxyHost(proxy), proxy.getPort(), proxy.getScheme()));
        request.headers().forEach(spec::header);
        request.query().forEach(spec::queryParam);
        // reading "request bodies": every body goes with its Content-Length (REST-assured sends a text or byte body
        // with one; its own multipart bodies would go chunked); a large one waits for the platform's go-ahead, so
        // that a platform refusing it before reading it is heard, not cut off by a broken pipe
        long length = 0;
        if (!request.multipart().isEmpty()) {
            MultipartBody multipart = MultipartBody.of(request.multipart());
            spec.contentType(multipart.contentType()).body(multipart.bytes());
            length = multipart.bytes().length;
        } else if (request.body().isPresent()) {
            spec.contentType(request.contentType()).body(request.body().get());
            length = request.body().get().length();
        }
        if (length >= CONTINUE_THRESHOLD) {
            spec.header("Expect", "100-continue");
        }
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

    private static boolean saysExpired(ApiResponse response) {
        try {
            return EXPIRED_TOKEN.equals(response.errorCode());
        } catch (AssertionError | RuntimeException notAnErrorBody) {
            return false;
        }
    }

    private static String proxyHost(URI proxy) {
        return proxy.getHost();
    }
}
