package org.aicnet.server.http;

import org.aicnet.schemas.standard.ErrorCode;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * How {@link ErrorHandling} writes an error answer. {@link #STANDARD} is reading R-error-body and R-unknown-route and
 * the only style of a conforming server; a fault of {@code org.aicnet.server.deviations} may rename the body's fields,
 * send the code as a number, replace one code by another, answer an unknown path with another status or leave out
 * {@code Allow}.
 */
public final class ErrorStyle {

    public static final ErrorStyle STANDARD = new ErrorStyle("errorCode", "errorMsg", false, Map.of(), 404, true,
            (row, message) -> message);

    private final String codeField;
    private final String messageField;
    private final boolean numericCode;
    private final Map<String, String> replacedCodes;
    private final int unknownPathStatus;
    private final boolean allowHeader;
    private final BiFunction<ErrorCode, String, String> messages;

    private ErrorStyle(String codeField, String messageField, boolean numericCode, Map<String, String> replacedCodes,
                       int unknownPathStatus, boolean allowHeader, BiFunction<ErrorCode, String, String> messages) {
        this.codeField = codeField;
        this.messageField = messageField;
        this.numericCode = numericCode;
        this.replacedCodes = Map.copyOf(replacedCodes);
        this.unknownPathStatus = unknownPathStatus;
        this.allowHeader = allowHeader;
        this.messages = messages;
    }

    public ErrorStyle withFields(String code, String message) {
        return new ErrorStyle(code, message, numericCode, replacedCodes, unknownPathStatus, allowHeader, messages);
    }

    /** The business code as a JSON number ("0202" becomes 202). */
    public ErrorStyle withNumericCode() {
        return new ErrorStyle(codeField, messageField, true, replacedCodes, unknownPathStatus, allowHeader, messages);
    }

    /** Every answer of code {@code from} carries {@code to} instead, with the same HTTP status. */
    public ErrorStyle replacingCode(String from, String to) {
        Map<String, String> codes = new HashMap<>(replacedCodes);
        codes.put(from, to);
        return new ErrorStyle(codeField, messageField, numericCode, codes, unknownPathStatus, allowHeader, messages);
    }

    public ErrorStyle withUnknownPathStatus(int status) {
        return new ErrorStyle(codeField, messageField, numericCode, replacedCodes, status, allowHeader, messages);
    }

    public ErrorStyle withoutAllowHeader() {
        return new ErrorStyle(codeField, messageField, numericCode, replacedCodes, unknownPathStatus, false, messages);
    }

    /** {@code messages}: the errorMsg of an answer, from its row of B.1 and the detail the server would write. */
    public ErrorStyle withMessages(BiFunction<ErrorCode, String, String> written) {
        return new ErrorStyle(codeField, messageField, numericCode, replacedCodes, unknownPathStatus, allowHeader,
                written);
    }

    public Map<String, Object> body(int status, String code, String message) {
        String sent = replacedCodes.getOrDefault(code, code);
        String written = ErrorCode.row(status, code).map(row -> messages.apply(row, message)).orElse(message);
        return Map.of(codeField, numericCode ? Integer.parseInt(sent) : sent, messageField, written);
    }

    int unknownPathStatus() {
        return unknownPathStatus;
    }

    boolean allowHeader() {
        return allowHeader;
    }
}
