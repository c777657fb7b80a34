package org.aicnet.server.config;

/**
 * Where the server listens and in which zone it writes times. {@code publicUrl}, when set, is the base of the
 * absolute URLs it hands out (log links, online services); else they are built from the listening address.
 */
public record ServerSettings(String host, Integer port, String timeZone, String publicUrl) {
}
