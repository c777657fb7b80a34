package org.aicnet.server.http;

import io.javalin.http.Context;
import org.aicnet.schemas.standard.ErrorCode;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How much of a request body the server reads (reading R-no-input-harm): the limits are the server's, set once on
 * its servlet context as it is configured ({@code org.aicnet.server.guard}); without them the defaults below apply. A
 * body refused for its size is not read on, not even to discard it.
 */
public final class BodyLimit {

    /** 1 MiB, the reading's default. */
    public static final long DEFAULT_JSON_BODY_BYTES = 1L << 20;
    public static final int DEFAULT_FORM_TEXT_BYTES = 64 * 1024;

    private static final String LIMITS = "aicnet.limits";
    private static final String REFUSED = "aicnet.limit.refused";
    private static final Limits DEFAULTS = new Limits(DEFAULT_JSON_BODY_BYTES, DEFAULT_FORM_TEXT_BYTES);

    /** The limits of one server. */
    private record Limits(long maxJsonBodyBytes, int maxFormTextBytes) {
    }

    private BodyLimit() {
    }

    /** The limits of every request the servlet context {@code context} serves. */
    public static void configure(ServletContextHandler context, long maxJsonBodyBytes, int maxFormTextBytes) {
        context.setAttribute(LIMITS, new Limits(maxJsonBodyBytes, maxFormTextBytes));
    }

    public static long maxJsonBody(Context ctx) {
        return limits(ctx).maxJsonBodyBytes();
    }

    public static int maxFormText(Context ctx) {
        return limits(ctx).maxFormTextBytes();
    }

    private static Limits limits(Context ctx) {
        return ctx.req().getServletContext().getAttribute(LIMITS) instanceof Limits limits ? limits : DEFAULTS;
    }

    /** 400/0204 for a body past {@code max} bytes; the rest of it is left unread and the connection closed. */
    public static ApiException tooLarge(Context ctx, String what, long max) {
        ctx.attribute(REFUSED, Boolean.TRUE);
        ctx.header("Connection", "close");
        return ApiException.of(ErrorCode.PARAMETER_RANGE, what + " must be at most " + max + " bytes");
    }

    /**
     * Whether nobody is to read the rest of the body: it was refused for its size, or it is declared larger than a
     * JSON body may be and is no multipart form (whose own limit is the upload's).
     */
    public static boolean notToBeRead(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(REFUSED))) {
            return true;
        }
        return !ctx.isMultipartFormData() && ctx.req().getContentLengthLong() > maxJsonBody(ctx);
    }

    /** The JSON body, read up to its limit; reading past it throws {@link TooLarge}. */
    static InputStream jsonBody(Context ctx) {
        return new Bounded(ctx.bodyInputStream(), maxJsonBody(ctx));
    }

    /** Thrown by the stream of {@link #jsonBody} at the first byte past the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super(null, null);
        }
    }

    private static final class Bounded extends FilterInputStream {

        private long left;

        Bounded(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new TooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, (int) Math.min(length, Math.max(1, left + 1)));
            if (read > 0) {
                left -= read;
                if (left < 0) {
                    throw new TooLarge();
                }
            }
            return read;
        }
    }
}
