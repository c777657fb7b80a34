package org.aicnet.server.config;

import java.time.ZoneId;

/**
 * Where the server listens (the command line's --host and --port win) and in which zone it writes times.
 * {@code publicUrl}, when set, is the base of the absolute URLs it hands out (log links, online services); else they
 * are built from the listening address. {@code limits}: how much of a request the server reads.
 */
public record ServerSettings(String host, Integer port, String timeZone, String publicUrl, RequestLimits limits) {

    /** Reading R-time-format: the zone of every time the server writes or reads. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
