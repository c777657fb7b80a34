package org.aicnet.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.aicnet.schemas.standard.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;

/**
 * Turns every failure into the error body of reading R-error-body, with the HTTP status of table B.1. An unknown
 * route is 404 and a wrong method 405 with {@code Allow} (reading R-unknown-route); no stack trace or internal message
 * ever reaches the client: a failure of an adapter behind the routes (a center's backend, named at installation) is
 * logged here and answered 500/0101, any other unexpected failure 500/0100; the log names the route, never the
 * request's values ({@link LoggedRequest}). How the body is written is the {@link ErrorStyle} given at installation,
 * the standard's unless a fault is switched on.
 */
public final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    public static void install(RoutesConfig routes, RouteTable table, ErrorStyle style,
                               List<Class<? extends Exception>> adapterFailures) {
        ErrorHandling errors = new ErrorHandling(table, style);
        routes.exception(ApiException.class, (e, ctx) -> errors.answer(ctx, e.httpStatus(), e.errorCode().code(),
                e.errorMsg()));
        routes.exception(HttpResponseException.class, (e, ctx) -> errors.unroutable(ctx));
        adapterFailures.forEach(failure -> routes.exception(failure, (e, ctx) -> errors.adapter(ctx, e)));
        routes.exception(Exception.class, (e, ctx) -> errors.internal(ctx, e));
        routes.error(404, ctx -> {
            if (!isErrorBody(ctx)) {
                errors.unroutable(ctx);
            }
        });
        routes.error(405, ctx -> {
            if (!isErrorBody(ctx)) {
                errors.unroutable(ctx);
            }
        });
    }

    private final RouteTable table;
    private final ErrorStyle style;

    private ErrorHandling(RouteTable table, ErrorStyle style) {
        this.table = table;
        this.style = style;
    }

    private void unroutable(Context ctx) {
        // the routes are declared relative to where the API is mounted (reading R-paths)
        String mount = ctx.contextPath().endsWith("/") ? "" : ctx.contextPath();
        Set<String> methods = table.methodsAt(ctx.path().substring(mount.length()));
        if (methods.isEmpty()) {
            answer(ctx, style.unknownPathStatus(), ErrorCode.PARAMETER_VALUE.code(), "no such resource: " + ctx.path());
        } else {
            if (style.allowHeader()) {
                ctx.header("Allow", String.join(", ", methods));
            }
            answer(ctx, 405, ErrorCode.PARAMETER_VALUE.code(),
                    "method " + ctx.method().name() + " not allowed here; allowed: " + String.join(", ", methods));
        }
    }

    /** An adapter failed (reading R-0101-twice): 500/0101, its message only in the server's log. */
    private void adapter(Context ctx, Exception e) {
        LOG.error("{} {}: backend failure", LoggedRequest.method(ctx), LoggedRequest.route(ctx),
                LoggedRequest.withoutMessages(e));
        ErrorCode code = ErrorCode.ADAPTER_FAILURE;
        answer(ctx, code.httpStatus(), code.code(), code.meaning());
    }

    private void internal(Context ctx, Exception e) {
        LOG.error("{} {} failed", LoggedRequest.method(ctx), LoggedRequest.route(ctx), LoggedRequest.withoutMessages(e));
        ErrorCode code = ErrorCode.SCHEDULER_FAILURE;
        answer(ctx, code.httpStatus(), code.code(), code.meaning());
    }

    private void answer(Context ctx, int status, String code, String message) {
        discardUnreadBody(ctx);
        ctx.status(status);
        ctx.contentType(Json.CONTENT_TYPE);
        ctx.attribute(ERROR_BODY, Boolean.TRUE);
        try {
            ctx.result(Json.MAPPER.writeValueAsString(style.body(status, code, message)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static final String ERROR_BODY = "aicnet.errorBody";
    private static final long MAX_DISCARDED_BYTES = 16L * 1024 * 1024;

    /**
     * Reads what is left of a refused request's body (an upload refused for its token, say) before answering, so that
     * the connection is not closed under a client that is still sending and the client reads the error body instead
     * of a broken pipe. Past {@value #MAX_DISCARDED_BYTES} bytes the server stops reading and the connection closes.
     */
    private static void discardUnreadBody(Context ctx) {
        if (BodyLimit.notToBeRead(ctx)) {
            ctx.header("Connection", "close");
            return;
        }
        try {
            java.io.InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[8192];
            long discarded = 0;
            int read;
            while (discarded < MAX_DISCARDED_BYTES && (read = in.read(buffer)) != -1) {
                discarded += read;
            }
        } catch (java.io.IOException | IllegalStateException e) {
            // the body was already consumed (a parsed multipart form) or the client went away: nothing to discard
        }
    }

    private static boolean isErrorBody(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(ERROR_BODY));
    }
}
