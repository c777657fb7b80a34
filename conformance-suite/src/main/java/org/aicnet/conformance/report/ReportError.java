package org.aicnet.conformance.report;

/** A report could not be built or written; the runner prints the message and exits 2 (a harness error). */
public class ReportError extends RuntimeException {

    public ReportError(String message) {
        super(message);
    }

    public ReportError(String message, Throwable cause) {
        super(message, cause);
    }
}
