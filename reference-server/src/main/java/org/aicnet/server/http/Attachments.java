package org.aicnet.server.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import org.aicnet.schemas.standard.LogContentTypes;

/** A response that is a file to save: {@code application/octet-stream} with {@code Content-Disposition: attachment}. */
public final class Attachments {

    private Attachments() {
    }

    /** {@code fileName} is the name a browser saves the body under; it must need no quoting beyond "". */
    public static void send(Context ctx, String fileName) {
        send(ctx, fileName, LogContentTypes.OCTET_STREAM);
    }

    /** An attachment of another media type than application/octet-stream, which only a fault sends. */
    public static void send(Context ctx, String fileName, String mediaType) {
        // Bytes have no charset; the JSON default of the server must not leave one on the content type.
        ctx.res().setCharacterEncoding(null);
        ctx.contentType(mediaType);
        ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }
}
