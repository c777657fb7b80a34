package org.aicnet.conformance.report;

import java.util.List;

/** The checks of one feature file, in the order they ran: JUnit XML groups its test cases so. */
public record FeatureResult(String name, Tally tally, List<CheckReport> checks) {

    public FeatureResult {
        checks = List.copyOf(checks);
    }
}
