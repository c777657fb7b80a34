package org.aicnet.conformance.platform;

import org.aicnet.conformance.KitError;
import org.aicnet.conformance.config.SuiteConfig;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.message.BasicHttpEntityEnclosingRequest;
import org.apache.http.message.BasicHttpRequest;
import org.apache.http.ssl.SSLContextBuilder;
import org.apache.http.util.EntityUtils;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a request whose target is no valid URI (a percent-escape that is not "%" and two hex digits, reading
 * R-no-input-harm) exactly as written: REST-assured and java.net.URI refuse to build such a request, the Apache
 * HttpClient under REST-assured sends a request line as it is given. Same timeouts, proxy and TLS settings.
 */
final class UnparsedTarget {

    private static final Pattern ORIGIN = Pattern.compile("^(https?)://([^/:?#]+)(?::(\\d+))?(.*)$");

    private UnparsedTarget() {
    }

    /** Whether REST-assured can send the URL itself. */
    static boolean parses(String url) {
        try {
            new java.net.URI(url);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static ApiResponse send(SuiteConfig config, ApiRequest request, String url, Consumer<Exchange> evidence) {
        Matcher origin = ORIGIN.matcher(url);
        if (!origin.matches()) {
            throw new KitError("the request " + request.method() + " " + url + " names no http(s) origin", null);
        }
        String scheme = origin.group(1);
        int port = origin.group(3) != null ? Integer.parseInt(origin.group(3)) : scheme.equals("https") ? 443 : 80;
        HttpHost host = new HttpHost(origin.group(2), port, scheme);
        String target = origin.group(4).isEmpty() ? "/" : origin.group(4);
        HttpRequest http = request.body().isPresent()
                ? withBody(request.method(), target, request.body().get(), request.contentType())
                : new BasicHttpRequest(request.method(), target);
        request.headers().forEach(http::addHeader);
        int timeout = (int) config.requestTimeout().toMillis();
        RequestConfig.Builder timeouts = RequestConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout)
                .setConnectionRequestTimeout(timeout);
        config.proxy().ifPresent(proxy -> timeouts.setProxy(new HttpHost(proxy.getHost(), proxy.getPort(),
                proxy.getScheme())));
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(timeouts.build());
        long started = System.nanoTime();
        try (CloseableHttpClient client = client(config)) {
            HttpResponse response = client.execute(host, http, context);
            long millis = (System.nanoTime() - started) / 1_000_000;
            byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : response.getAllHeaders()) {
                headers.merge(header.getName(), header.getValue(), (a, b) -> a + ", " + b);
            }
            int status = response.getStatusLine().getStatusCode();
            evidence.accept(exchange(config, request, url, status, headers, body, millis));
            return new ApiResponse(status, headers, body, config.errorCodePointer());
        } catch (IOException e) {
            throw new KitError("no answer from the platform to " + request.method() + " " + url + ": " + e, e);
        }
    }

    private static HttpRequest withBody(String method, String target, String body, String contentType) {
        BasicHttpEntityEnclosingRequest http = new BasicHttpEntityEnclosingRequest(method, target);
        http.setEntity(new StringEntity(body, ContentType.parse(contentType)));
        return http;
    }

    private static CloseableHttpClient client(SuiteConfig config) {
        HttpClientBuilder builder = HttpClientBuilder.create().disableAutomaticRetries().disableRedirectHandling();
        try {
            if (config.insecureTls()) {
                builder.setSSLContext(new SSLContextBuilder().loadTrustMaterial(TrustAllStrategy.INSTANCE).build())
                        .setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE);
            } else if (config.trustStore().isPresent()) {
                char[] password = config.trustStorePassword().orElse("").toCharArray();
                builder.setSSLContext(new SSLContextBuilder()
                        .loadTrustMaterial(config.trustStore().get().toFile(), password).build());
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new KitError("the trust settings could not be loaded: " + e, e);
        }
        return builder.build();
    }

    private static Exchange exchange(SuiteConfig config, ApiRequest request, String url, int status,
                                     Map<String, String> headers, byte[] body, long millis) {
        Map<String, String> sent = new LinkedHashMap<>();
        request.headers().forEach((name, value) -> sent.put(name,
                name.equalsIgnoreCase(config.tokenHeader()) ? EvidenceFilter.REDACTED : value));
        String requestBody = EvidenceFilter.redact(request.body().orElse(null));
        String curl = "curl -sS --path-as-is -g -X " + request.method() + " '" + url + "'"
                + (request.token() == null ? "" : " -H \"" + config.tokenHeader() + ": $AICNET_TOKEN\"");
        return new Exchange(request.method(), url, sent, Exchange.cut(requestBody), status, headers,
                Exchange.cut(EvidenceFilter.redact(new String(body, java.nio.charset.StandardCharsets.UTF_8))),
                millis, curl);
    }
}
