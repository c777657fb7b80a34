package org.aicnet.server.http;

import io.javalin.http.Context;
import org.aicnet.schemas.standard.ErrorCode;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How much of a request body the server reads (reading R-no-input-harm), per request: the limits are attached to
 * the request before any handler runs ({@code org.aicnet.server.guard}); without them the defaults below apply. A
 * body refused for its size is not read on, not even to discard it.
 */
public final class BodyLimit {

    /** 1 MiB, the reading's default. */
    public static final long DEFAULT_JSON_BODY_BYTES = 1L << 20;
    public static final int DEFAULT_FORM_TEXT_BYTES = 64 * 1024;

    private static final String JSON_BODY = "aicnet.limit.jsonBody";
    private static final String FORM_TEXT = "aicnet.limit.formText";
    private static final String REFUSED = "aicnet.limit.refused";

    private BodyLimit() {
    }

    public static void attach(Context ctx, long maxJsonBodyBytes, int maxFormTextBytes) {
        ctx.attribute(JSON_BODY, maxJsonBodyBytes);
        ctx.attribute(FORM_TEXT, maxFormTextBytes);
    }

    public static long maxJsonBody(Context ctx) {
        Long max = ctx.attribute(JSON_BODY);
        return max == null ? DEFAULT_JSON_BODY_BYTES : max;
    }

    public static int maxFormText(Context ctx) {
        Integer max = ctx.attribute(FORM_TEXT);
        return max == null ? DEFAULT_FORM_TEXT_BYTES : max;
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
