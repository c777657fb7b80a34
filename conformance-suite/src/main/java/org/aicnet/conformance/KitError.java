package org.aicnet.conformance;

/**
 * The kit could not finish a check: the platform did not answer, a wait ran out, the configuration does not fit.
 * A check that ends with this is ERROR, never FAIL: it says nothing of the platform's conformance.
 */
public class KitError extends RuntimeException {

    public KitError(String message) {
        super(message);
    }

    public KitError(String message, Throwable cause) {
        super(message, cause);
    }
}
