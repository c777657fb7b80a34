package org.aicnet.server.config;

/** The configuration cannot be used; the message says what and where, for the person who wrote it. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
