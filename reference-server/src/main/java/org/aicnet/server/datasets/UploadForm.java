package org.aicnet.server.datasets;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.BodyLimit;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.ErrorCode;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The multipart form of POST /datasets/upload (A.28), checked in the order of the readings: missing fields (0203),
 * then types (0201), then values and ranges (0202, 0204). The file itself is checked while it is stored.
 */
record UploadForm(String md5, String title, UploadedFile file, long size, String desc, String labels) {

    /** What a form may carry besides the file: the text fields and the parts' headers. */
    static final long FORM_ALLOWANCE = 64 * 1024;

    // A.28 bounds none of these; they are the sizes of the database's columns.
    static final int MAX_TITLE = 256;
    static final int MAX_DESC = 4096;
    static final int MAX_LABELS = 1024;
    static final int MAX_FILE_NAME = 1024;

    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-fA-F]{32}");

    /** {@code required}: the fields the form must have (DatasetRules). */
    static UploadForm read(Context ctx, long maxUploadBytes, List<String> required) {
        Parts parts = Parts.of(ctx, maxUploadBytes);
        Map<String, List<String>> fields = parts.fields();
        UploadedFile file = parts.file();
        for (String name : required) {
            if (field(fields, name).isEmpty()) {
                throw ErrorCode.PARAMETER_MISSING.exception(name + " is required");
            }
        }
        if (file == null && field(fields, Api.FILE).isEmpty()) {
            throw ErrorCode.PARAMETER_MISSING.exception(Api.FILE + " is required");
        }
        if (file == null) {
            throw ErrorCode.PARAMETER_TYPE.exception(Api.FILE + " must be a file part (with a filename)");
        }
        if (file.filename().length() > MAX_FILE_NAME) {
            throw ErrorCode.PARAMETER_RANGE.exception("the file's name must be at most " + MAX_FILE_NAME
                    + " characters");
        }
        long size;
        try {
            size = Long.parseLong(field(fields, Api.SIZE).orElseThrow());
        } catch (NumberFormatException e) {
            throw ErrorCode.PARAMETER_TYPE.exception(Api.SIZE + " must be an integer (bytes)");
        }
        if (size < 0 || size > maxUploadBytes) {
            throw tooLarge(maxUploadBytes);
        }
        String md5 = field(fields, Api.MD5).orElseThrow();
        if (!MD5_HEX.matcher(md5).matches()) {
            throw ErrorCode.PARAMETER_VALUE.exception(Api.MD5 + " must be 32 hexadecimal digits");
        }
        // a form without title passes the check above only where the rules do not require one: titled with its file
        String title = field(fields, Api.TITLE).isEmpty() ? file.filename() : bounded(fields, Api.TITLE, MAX_TITLE);
        return new UploadForm(md5, title, file, size, bounded(fields, Api.DATASET_DESC, MAX_DESC),
                bounded(fields, Api.LABELS, MAX_LABELS));
    }

    /** The text fields and the file part of the body, parsed with the file streamed to disk. */
    private record Parts(Map<String, List<String>> fields, UploadedFile file) {

        static Parts of(Context ctx, long maxUploadBytes) {
            if (!ctx.isMultipartFormData()) {
                throw ErrorCode.PARAMETER_TYPE.exception("the body must be sent as multipart/form-data");
            }
            if (ctx.req().getContentLengthLong() > maxUploadBytes + FORM_ALLOWANCE) {
                throw tooLarge(maxUploadBytes);
            }
            try {
                UploadedFile file = ctx.uploadedFile(Api.FILE);
                return new Parts(ctx.formParamMap(), file);
            } catch (Exception e) {
                if (textTooLarge(e)) {
                    throw BodyLimit.tooLarge(ctx, "the form's text fields together", BodyLimit.maxFormText(ctx));
                }
                // The parser stops at the limit it was given (the upload limit and the allowance): a body without a
                // Content-Length is told from a malformed or cut-off one by how much of it was read.
                if (bodyBytesRead(ctx) > maxUploadBytes + FORM_ALLOWANCE) {
                    throw tooLarge(maxUploadBytes);
                }
                throw ErrorCode.PARAMETER_TYPE.exception("the multipart/form-data body could not be read");
            }
        }
    }

    /**
     * Whether Jetty refused the form for its text fields, which it reads into memory, past the server's limit on
     * them together (server.limits.maxFormTextBytes, reading R-no-input-harm): 0204, not an unreadable form.
     */
    private static boolean textTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && cause.getMessage() != null
                    && cause.getMessage().startsWith("Form is larger than max length")) {
                return true;
            }
        }
        return false;
    }

    /** The file's name as the client gave it, kept with the dataset. */
    String fileName() {
        return file.filename();
    }

    static ApiException tooLarge(long maxUploadBytes) {
        return ErrorCode.PARAMETER_RANGE.exception(Api.SIZE + " must be between 0 and " + maxUploadBytes + " bytes");
    }

    /** Jetty's count of the body bytes received so far. */
    private static long bodyBytesRead(Context ctx) {
        return Request.getContentBytesRead(ServletContextRequest.getServletContextRequest(ctx.req()));
    }

    private static String bounded(Map<String, List<String>> fields, String name, int max) {
        String value = field(fields, name).orElse("");
        if (value.length() > max) {
            throw ErrorCode.PARAMETER_RANGE.exception(name + " must be at most " + max + " characters");
        }
        return value;
    }

    private static Optional<String> field(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0).isEmpty()
                ? Optional.empty() : Optional.of(values.get(0));
    }
}
