package org.aicnet.server.health;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The outcome of one readiness check: what was checked, UP or DOWN, and for a backend its type. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Check(String name, String status, String type, String reason) {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    boolean up() {
        return UP.equals(status);
    }
}
