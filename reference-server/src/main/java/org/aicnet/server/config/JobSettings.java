package org.aicnet.server.config;

import java.time.Duration;

/**
 * {@code simulatedRunTime}: how long a simulated task with an ordinary command runs; {@code logLinkLifetime}: how
 * long a signed log link works; {@code schedulerInterval}: how often the scheduler looks at pending tasks and reads
 * the backends' states.
 */
public record JobSettings(Duration simulatedRunTime, Duration logLinkLifetime, Duration schedulerInterval) {
}
