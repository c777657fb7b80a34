package org.aicnet.conformance.ledger;

import java.util.Arrays;
import java.util.Optional;

/** Whether and how the conformance suite can check a requirement against a platform it sees only from outside. */
public enum Check {
    /** The suite checks it with nothing but the platform's URL and one test account. */
    BLACK_BOX("black-box"),
    /** The suite checks it once the vendor provides what the requirement's {@code setup} names. */
    NEEDS_VENDOR_SETUP("needs-vendor-setup"),
    /** No request a client can send shows it; the requirement's {@code why} says why. */
    NOT_BLACK_BOX_TESTABLE("not-black-box-testable");

    private final String key;

    Check(String key) {
        this.key = key;
    }

    /** The value as written in requirements.yaml. */
    public String key() {
        return key;
    }

    public static Optional<Check> of(String key) {
        return Arrays.stream(values()).filter(check -> check.key.equals(key)).findFirst();
    }
}
