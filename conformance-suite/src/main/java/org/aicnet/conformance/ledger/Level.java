package org.aicnet.conformance.ledger;

import java.util.Arrays;
import java.util.Optional;

/** How strongly a requirement binds the platform (reading R-levels of docs/interpretations.md). */
public enum Level {
    /** The standard states it without qualification. */
    MANDATORY("mandatory"),
    /** The standard marks it 否 (not required), or the readings leave it to the platform. */
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
