package org.aicnet.server.guard;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * The headers of every answer: {@code X-Content-Type-Options: nosniff}, so that no browser reads a JSON or log
 * body as HTML, and {@code Cache-Control: no-store}, since every answer is the caller's own data (a token, a signed
 * log link, a job) that no shared cache may keep. Jetty puts them on each response as it takes the request, before
 * any handler runs, already encoded.
 */
final class SecurityHeaders implements HttpConfiguration.Customizer {

    static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    static final String NOSNIFF = "nosniff";
    static final String NO_STORE = "no-store";

    private static final HttpField NOSNIFF_FIELD = new PreEncodedHttpField(CONTENT_TYPE_OPTIONS, NOSNIFF);
    private static final HttpField NO_STORE_FIELD = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, NO_STORE);

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        addTo(responseHeaders);
        return request;
    }

    static void addTo(HttpFields.Mutable headers) {
        headers.put(NOSNIFF_FIELD);
        headers.put(NO_STORE_FIELD);
    }
}
