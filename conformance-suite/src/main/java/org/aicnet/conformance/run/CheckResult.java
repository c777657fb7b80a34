package org.aicnet.conformance.run;

import org.aicnet.conformance.platform.Exchange;

import java.time.Duration;
import java.util.List;

/**
 * One check (a scenario) and its verdict: where it is written, the requirements of the ledger it checks, whether it
 * is mandatory, its outcome with the message (the failed expectation, the error, or the reason for the skip) and the
 * HTTP exchanges it made, kept as evidence.
 */
public record CheckResult(String id, String feature, String name, List<String> tags, List<String> requirements,
                          boolean mandatory, Outcome outcome, String message, Duration duration,
                          List<Exchange> evidence) {
}
