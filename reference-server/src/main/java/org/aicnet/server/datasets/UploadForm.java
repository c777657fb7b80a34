package org.aicnet.server.datasets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.BodyLimit;
import org.aicnet.server.http.Parameters;
import org.aicnet.server.http.RequestSchema;
import org.aicnet.server.standard.Api;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;

import java.util.List;
import java.util.Map;

/**
 * The multipart form of POST /datasets/upload (A.28), its text fields checked against dataset-upload-request.json
 * (missing fields 0203, then types 0201, then ranges 0204 and values 0202), the file part's name and the size against
 * the server's upload limit here. The file itself is checked while it is stored.
 */
record UploadForm(String md5, String title, UploadedFile file, long size, String desc, String labels) {

    /** What a form may carry besides the file: the text fields and the parts' headers. */
    static final long FORM_ALLOWANCE = 64 * 1024;

    private static final RequestSchema SCHEMA = RequestSchema.ofParameters("dataset-upload-request.json");
    // A.28 bounds the name of the file not; this is the size of the database's column.
    static final int MAX_FILE_NAME = 1024;

    /** {@code optional}: the fields the schema requires that the form may still leave out (DatasetRules). */
    static UploadForm read(Context ctx, long maxUploadBytes, List<String> optional) {
        Parts parts = Parts.of(ctx, maxUploadBytes);
        UploadedFile file = parts.file();
        ObjectNode fields = Parameters.of(parts.fields());
        if (file != null) {
            fields.put(Api.FILE, file.filename());
        }
        SCHEMA.check(fields, violation -> violation.code() == ErrorCode.PARAMETER_MISSING
                && optional.stream().anyMatch(violation::of));
        if (file == null) {
            throw ApiException.of(ErrorCode.PARAMETER_TYPE, Api.FILE + " must be a file part (with a filename)");
        }
        if (file.filename().length() > MAX_FILE_NAME) {
            throw ApiException.of(ErrorCode.PARAMETER_RANGE, "the file's name must be at most " + MAX_FILE_NAME
                    + " characters");
        }
        long size;
        try {
            size = Long.parseLong(fields.get(Api.SIZE).asText());
        } catch (NumberFormatException e) {
            throw tooLarge(maxUploadBytes); // an integer past 64 bits
        }
        if (size > maxUploadBytes) {
            throw tooLarge(maxUploadBytes);
        }
        String title = fields.path(Api.TITLE).asText(file.filename());
        return new UploadForm(fields.get(Api.MD5).asText(), title, file, size,
                fields.path(Api.DATASET_DESC).asText(""), fields.path(Api.LABELS).asText(""));
    }

    /** The text fields and the file part of the body, parsed with the file streamed to disk. */
    private record Parts(Map<String, List<String>> fields, UploadedFile file) {

        static Parts of(Context ctx, long maxUploadBytes) {
            if (!ctx.isMultipartFormData()) {
                throw ApiException.of(ErrorCode.PARAMETER_TYPE, "the body must be sent as multipart/form-data");
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
                throw ApiException.of(ErrorCode.PARAMETER_TYPE, "the multipart/form-data body could not be read");
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
        return ApiException.of(ErrorCode.PARAMETER_RANGE,
                Api.SIZE + " must be between 0 and " + maxUploadBytes + " bytes");
    }

    /** Jetty's count of the body bytes received so far. */
    private static long bodyBytesRead(Context ctx) {
        return Request.getContentBytesRead(ServletContextRequest.getServletContextRequest(ctx.req()));
    }
}
