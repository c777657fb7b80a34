package org.aicnet.server.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.http.ErrorStyle;
import org.aicnet.server.http.Json;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty's own refusals, of requests it cannot parse before any route sees them (a bad escape, a URI or headers past
 * their limit, an unknown HTTP version, an HTTP/2 preface on HTTP/1), answered like every other error: a status and
 * code of table B.1 and the error body, never Jetty's HTML page or an empty body (reading R-no-input-harm). Too large
 * is 400/0204, anything else unreadable 400/0201; a failure of Jetty itself stays 500/0100.
 */
public final class JettyRefusals extends ErrorHandler {

    private static final int URI_TOO_LONG = 414;
    private static final int CONTENT_TOO_LARGE = 413;
    private static final int HEADERS_TOO_LARGE = 431;
    private static final int NOT_FOUND = 404;

    private final ErrorStyle style;

    public JettyRefusals(ErrorStyle style) {
        this.style = style;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object attribute = request.getAttribute(ERROR_STATUS);
        int refused = attribute instanceof Integer status ? status : response.getStatus();
        Answer answer = Answer.of(refused);
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, Json.CONTENT_TYPE);
        SecurityHeaders.addTo(headers);
        response.write(true, ByteBuffer.wrap(body(answer)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Json.CONTENT_TYPE);
        SecurityHeaders.addTo(fields);
        return ByteBuffer.wrap(body(Answer.of(status)));
    }

    private byte[] body(Answer answer) {
        try {
            return Json.MAPPER.writeValueAsString(style.body(answer.status(), answer.code().code(), answer.message()))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The answer of table B.1 to one of Jetty's refusals. */
    record Answer(int status, ErrorCode code, String message) {

        static Answer of(int jettyStatus) {
            if (jettyStatus == URI_TOO_LONG || jettyStatus == HEADERS_TOO_LARGE) {
                return new Answer(400, ErrorCode.PARAMETER_RANGE, ErrorCode.PARAMETER_RANGE.meaning()
                        + ": the request line or its headers are longer than the server reads");
            }
            if (jettyStatus == CONTENT_TOO_LARGE) {
                return new Answer(400, ErrorCode.PARAMETER_RANGE, ErrorCode.PARAMETER_RANGE.meaning()
                        + ": the body is larger than the server reads");
            }
            if (jettyStatus == NOT_FOUND) {
                return new Answer(NOT_FOUND, ErrorCode.PARAMETER_VALUE, ErrorCode.PARAMETER_VALUE.meaning()
                        + ": no such resource");
            }
            if (jettyStatus >= 500 && jettyStatus != 505) {
                return new Answer(500, ErrorCode.SCHEDULER_FAILURE, ErrorCode.SCHEDULER_FAILURE.meaning());
            }
            return new Answer(400, ErrorCode.PARAMETER_TYPE, ErrorCode.PARAMETER_TYPE.meaning()
                    + ": the request is not readable HTTP (" + jettyStatus + ")");
        }
    }
}
