package org.aicnet.server.guard;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.http.ApiException;

/**
 * Every percent-escape of the path and the query string is {@code %} and two hexadecimal digits (RFC 3986 2.1), or the
 * request is unreadable: 400/0201. Jetty lets through the {@code %uXXXX} form of old browsers in a path, and a
 * bad escape in a query string would otherwise drop its parameter without a word ({@code ?pageSize=abc%zz}).
 */
public final class StrictEscapes implements Handler {

    @Override
    public void handle(Context ctx) {
        if (!wellEscaped(ctx.req().getRequestURI())) {
            throw ApiException.of(ErrorCode.PARAMETER_TYPE,
                    "the path holds a percent-escape that is not % and two hex digits");
        }
        String query = ctx.req().getQueryString();
        if (query != null && !wellEscaped(query)) {
            throw ApiException.of(ErrorCode.PARAMETER_TYPE,
                    "the query string holds a percent-escape that is not % and two hex digits");
        }
    }

    static boolean wellEscaped(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !hex(raw.charAt(i + 1)) || !hex(raw.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
