package org.aicnet.conformance.preflight;

import org.aicnet.conformance.platform.ApiResponse;

import java.util.Optional;

/** Reads a preflight answer without failing: whether it is JSON, and its business code if it has one. */
final class Json {

    private Json() {
    }

    static boolean parses(ApiResponse response) {
        try {
            response.json();
            return true;
        } catch (AssertionError notJson) {
            return false;
        }
    }

    static Optional<String> errorCode(ApiResponse response) {
        try {
            return Optional.of(response.errorCode());
        } catch (AssertionError none) {
            return Optional.empty();
        }
    }
}
