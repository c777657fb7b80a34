package org.aicnet.conformance.report;

/**
 * The counts of the whole run: every check once, the mandatory and optional checks apart, and the requirements of
 * the ledger by status.
 */
public record Totals(Tally checks, Tally mandatoryChecks, Tally optionalChecks, RequirementTally requirements) {
}
