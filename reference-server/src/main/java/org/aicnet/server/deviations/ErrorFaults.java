package org.aicnet.server.deviations;

import org.aicnet.server.http.ErrorStyle;
import org.aicnet.server.standard.ErrorCode;

/** The faults that change every error answer of the server: its body, its code, unknown paths and methods. */
final class ErrorFaults {

    private ErrorFaults() {
    }

    static ErrorStyle apply(Fault fault, ErrorStyle style) {
        return switch (fault) {
            case EXPIRED_TOKEN_AS_0101 -> style.replacingCode(ErrorCode.TOKEN_EXPIRED.code(),
                    ErrorCode.AUTHENTICATION_FAILED.code());
            case ERROR_BODY_CODE_AND_MESSAGE -> style.withFields("code", "message");
            case ERROR_CODE_AS_NUMBER -> style.withNumericCode();
            case UNKNOWN_PATH_AS_400 -> style.withUnknownPathStatus(400);
            case WRONG_METHOD_WITHOUT_ALLOW -> style.withoutAllowHeader();
            default -> style;
        };
    }
}
