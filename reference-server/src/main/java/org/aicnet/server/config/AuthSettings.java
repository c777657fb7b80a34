package org.aicnet.server.config;

import java.time.Duration;

/** Token lifetime and how many failed log-ins in a row freeze an account (reading R-frozen-account). */
public record AuthSettings(Duration tokenLifetime, Integer maxFailedLogins) {
}
