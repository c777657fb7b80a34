package org.aicnet.conformance.report;

import org.aicnet.conformance.run.Outcome;

import java.util.List;

/**
 * One check of the run as the reports show it. {@code failure} is present exactly when the outcome is FAIL or
 * ERROR; {@code message} is the expectation that failed, the error, or the reason for a skip.
 */
public record CheckReport(String id, String feature, String name, boolean mandatory, Outcome outcome, String message,
                          long durationMillis, List<String> requirements, List<String> tags, Failure failure) {

    public CheckReport {
        requirements = List.copyOf(requirements);
        tags = List.copyOf(tags);
    }

    public boolean failedOrErrored() {
        return outcome == Outcome.FAIL || outcome == Outcome.ERROR;
    }
}
