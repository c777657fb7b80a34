package org.aicnet.conformance.config;

/** The configuration cannot be used; the runner prints the message and exits 2 without running a check. */
public final class ConfigError extends RuntimeException {

    public ConfigError(String message) {
        super(message);
    }
}
