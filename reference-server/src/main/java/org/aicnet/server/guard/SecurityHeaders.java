package org.aicnet.server.guard;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.eclipse.jetty.http.HttpFields;

/**
 * The headers of every answer: {@code X-Content-Type-Options: nosniff}, so that no browser reads a JSON or log
 * body as HTML, and {@code Cache-Control: no-store}, since every answer is the caller's own data (a token, a signed
 * log link, a job) that no shared cache may keep.
 */
public final class SecurityHeaders implements Handler {

    static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    static final String NOSNIFF = "nosniff";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String NO_STORE = "no-store";

    @Override
    public void handle(Context ctx) {
        ctx.header(CONTENT_TYPE_OPTIONS, NOSNIFF);
        ctx.header(CACHE_CONTROL, NO_STORE);
    }

    static void addTo(HttpFields.Mutable headers) {
        headers.put(CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.put(CACHE_CONTROL, NO_STORE);
    }
}
