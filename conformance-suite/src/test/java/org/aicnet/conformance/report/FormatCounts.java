package org.aicnet.conformance.report;

import java.util.Map;

/**
 * The counts one format shows, read back from the written text by {@link ReadBack}: checks by outcome (total,
 * pass, fail, error, skip), the mandatory checks passed and run, requirements by status, and the failed or errored
 * checks whose evidence it shows. A format that does not show a count leaves it null.
 */
record FormatCounts(String source, Map<String, Integer> checks, Integer mandatoryPassed, Integer mandatoryRun,
                    Map<String, Integer> requirements, Integer failuresShown, String verdict) {
}
