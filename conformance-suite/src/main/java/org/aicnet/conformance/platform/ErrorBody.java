package org.aicnet.conformance.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.schemas.standard.ErrorCode;

/**
 * The error body of reading R-error-body: {@code {"errorCode": "0202", "errorMsg": "reason"}}. The code is read at the
 * configured JSON pointer; with the default pointer the body must have the shape of schemas/error.json, with another
 * one the code must be a code of table B.1 and a String errorMsg must stand beside it.
 */
public final class ErrorBody {

    public static final String DEFAULT_POINTER = "/errorCode";

    private ErrorBody() {
    }

    /** Fails the check unless the response carries the error body. */
    public static void check(ApiResponse response, String codePointer) {
        if (DEFAULT_POINTER.equals(codePointer)) {
            Expect.schema(response, Shapes.schemaOf("B.1"));
            return;
        }
        JsonNode body = Expect.json(response);
        JsonNode code = body.at(codePointer);
        if (!code.isTextual() || !ErrorCode.isCode(code.asText())) {
            throw new AssertionError("expected a code of table B.1 as a String at " + codePointer + ", got: "
                    + Exchange.cut(response.text()));
        }
        String messagePointer = codePointer.substring(0, codePointer.lastIndexOf('/')) + "/errorMsg";
        if (!body.at(messagePointer).isTextual()) {
            throw new AssertionError("expected a String errorMsg at " + messagePointer + " (R-error-body), got: "
                    + Exchange.cut(response.text()));
        }
    }
}
