package org.aicnet.server.config;

/**
 * An account. {@code password} is either plain text (hashed before it is stored) or a PBKDF2 hash in the form
 * {@code pbkdf2-sha256$iterations$salt$hash}; the server never keeps a plain password.
 */
public record AccountConfig(String name, String userId, String password) {
}
