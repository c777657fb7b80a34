package org.aicnet.conformance.report;

import org.aicnet.conformance.run.Completion;
import org.aicnet.conformance.run.Outcome;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compliance report of one run, the single model every format is written from: run, clauses, requirements,
 * checks, with every count already made (see {@link ComplianceReportBuilder}), so the formats cannot disagree.
 *
 * @param standard           the standard the run checked against, "T/AI 123.8"
 * @param verdict            the roll-up of the mandatory checks: what the runner's exit code reflects
 * @param verdictAllChecks   the roll-up of every check, optional ones included
 * @param unlinkedChecks     checks that name no requirement of the ledger (a defect of the kit, shown, not hidden)
 * @param unknownRequirements requirement ids that checks name but the ledger lacks
 * @param configuration      every setting of the run, secrets redacted
 * @param readingsChosen     where the standard allows several readings, the one the platform was seen to choose
 * @param cleanupNotes       what the cleanup did, reported apart from the verdicts
 * @param advisories         what the standard does not ask but a security reviewer would (topic to finding), reported
 *                           in a section of its own and never part of a verdict
 * @param completion         whether every selected check ran, the run was cancelled, or the preflight stopped it
 * @param causes             the failed and errored checks grouped by cause, the groups in the order their first check
 *                           ran (see {@link Causes})
 * @param comparison         what changed since the earlier run whose compliance.json was in the report folder; empty
 *                           when there was none
 * @param jobUsage           what the run's jobs used against --max-jobs and --accelerator-budget
 */
public record ComplianceReport(String standard, String kitVersion, String runId, String platformUrl, Instant started,
                               Instant finished, Outcome verdict, Outcome verdictAllChecks, int exitCode,
                               Totals totals, List<ClauseResult> clauses, List<CheckReport> unlinkedChecks,
                               List<String> unknownRequirements, List<FeatureResult> features,
                               Map<String, String> configuration, Map<String, String> readingsChosen,
                               List<String> cleanupNotes, Map<String, String> advisories, Completion completion,
                               List<CauseGroup> causes, Optional<RunComparison> comparison,
                               org.aicnet.conformance.run.JobUsage jobUsage) {

    public ComplianceReport {
        causes = List.copyOf(causes);
        clauses = List.copyOf(clauses);
        unlinkedChecks = List.copyOf(unlinkedChecks);
        unknownRequirements = List.copyOf(unknownRequirements);
        features = List.copyOf(features);
        configuration = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(configuration));
        readingsChosen = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(readingsChosen));
        cleanupNotes = List.copyOf(cleanupNotes);
        advisories = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(advisories));
    }

    /** The verdict as the reports name it: NOT_RUN when the preflight stopped the run, else the mandatory roll-up. */
    public String verdictName() {
        return completion.state() == Completion.State.NOT_RUN ? "NOT_RUN" : verdict.name();
    }

    /** Every check of the run once, in the order they ran. */
    public List<CheckReport> checks() {
        return features.stream().flatMap(feature -> feature.checks().stream()).toList();
    }

    /** The failed and errored checks, in the order they ran. */
    public List<CheckReport> failures() {
        return checks().stream().filter(CheckReport::failedOrErrored).toList();
    }
}
