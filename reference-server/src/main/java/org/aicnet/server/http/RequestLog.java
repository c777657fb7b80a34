package org.aicnet.server.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * One line per request: method, the route it matched as declared (never the path, whose ids are the request's
 * values), status and milliseconds. The query string is never logged (a signed log link carries its signature
 * there), nor any header or body, so no token, password or rejected value reaches the log ({@link LoggedRequest}).
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("aicnet.requests");

    private RequestLog() {
    }

    public static void log(Context ctx, Float millis) {
        LOG.info("{} {} {} {}ms", LoggedRequest.method(ctx), LoggedRequest.route(ctx), ctx.statusCode(),
                String.format(Locale.ROOT, "%.1f", millis));
    }
}
