package org.aicnet.conformance.ledger;

import java.util.Arrays;
import java.util.Optional;

/** How strongly a requirement binds the platform (reading R-levels of docs/interpretations.md). */
public enum Level {
    /** An obligation of the platform: also every parameter, value and default a caller may leave out (否). */
    MANDATORY("mandatory"),
    /** What the standard or the readings leave to the platform (a task status, a task's other image field). */
    OPTIONAL("optional");

    private final String key;

    Level(String key) {
        this.key = key;
    }

    /** The value as written in requirements.yaml. */
    public String key() {
        return key;
    }

    public static Optional<Level> of(String key) {
        return Arrays.stream(values()).filter(level -> level.key.equals(key)).findFirst();
    }
}
