package org.aicnet.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.standard.ErrorCode;
import org.aicnet.server.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Set;

/**
 * Turns every failure into the error body of reading R-error-body, with the HTTP status of table B.1. An unknown
 * route is 404 and a wrong method 405 with {@code Allow} (reading R-unknown-route); no stack trace or internal message
 * ever reaches the client: a backend failure is logged here and answered 500/0101, any other unexpected failure
 * 500/0100.
 */
public final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private ErrorHandling() {
    }

    public static void install(RoutesConfig routes, RouteTable table) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.httpStatus(), e.errorCode().code(),
                e.errorMsg()));
        routes.exception(HttpResponseException.class, (e, ctx) -> unroutable(ctx, table));
        routes.exception(StoreException.class, (e, ctx) -> internal(ctx, e));
        routes.exception(BackendException.class, (e, ctx) -> adapter(ctx, e));
        routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
        routes.error(404, ctx -> {
            if (!isErrorBody(ctx)) {
                unroutable(ctx, table);
            }
        });
        routes.error(405, ctx -> {
            if (!isErrorBody(ctx)) {
                unroutable(ctx, table);
            }
        });
    }

    /** Writes the error body of a code of table B.1. */
    public static void answer(Context ctx, ErrorCode code, String detail) {
        ApiException e = code.exception(detail);
        answer(ctx, code.httpStatus(), code.code(), e.errorMsg());
    }

    private static void unroutable(Context ctx, RouteTable table) {
        Set<String> methods = table.methodsAt(ctx.path());
        if (methods.isEmpty()) {
            answer(ctx, 404, ErrorCode.PARAMETER_VALUE.code(), "no such resource: " + ctx.path());
        } else {
            ctx.header("Allow", String.join(", ", methods));
            answer(ctx, 405, ErrorCode.PARAMETER_VALUE.code(),
                    "method " + ctx.method().name() + " not allowed here; allowed: " + String.join(", ", methods));
        }
    }

    /** A backend failed (reading R-0101-twice): 500/0101, its message only in the server's log. */
    private static void adapter(Context ctx, BackendException e) {
        LOG.error("{} {}: backend failure", ctx.method().name(), ctx.path(), e);
        ErrorCode code = ErrorCode.ADAPTER_FAILURE;
        answer(ctx, code.httpStatus(), code.code(), code.meaning());
    }

    private static void internal(Context ctx, Exception e) {
        LOG.error("{} {} failed", ctx.method().name(), ctx.path(), e);
        ErrorCode code = ErrorCode.SCHEDULER_FAILURE;
        answer(ctx, code.httpStatus(), code.code(), code.meaning());
    }

    private static void answer(Context ctx, int status, String code, String message) {
        discardUnreadBody(ctx);
        ctx.status(status);
        ctx.contentType(Json.CONTENT_TYPE);
        ctx.attribute(ERROR_BODY, Boolean.TRUE);
        try {
            ctx.result(Json.MAPPER.writeValueAsString(Map.of("errorCode", code, "errorMsg", message)));
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
