package org.aicnet.conformance.report;

import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.ledger.Check;
import org.aicnet.conformance.ledger.Ledger;
import org.aicnet.conformance.ledger.Reading;
import org.aicnet.conformance.ledger.Readings;
import org.aicnet.conformance.ledger.Requirement;
import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link ComplianceReport} of a run from its checks, the requirement ledger and the readings: groups the
 * checks under the requirements their {@code @req:} tags name and the requirements under their clauses, rolls the
 * outcomes up (any FAIL gives FAIL, else any ERROR gives ERROR, else only SKIP gives SKIP, else PASS), says why each
 * unchecked requirement was not checked, and makes every count the formats show.
 */
public final class ComplianceReportBuilder {

    private final Ledger ledger;
    private final Readings readings;
    private final String kitVersion;

    public ComplianceReportBuilder(Ledger ledger, Readings readings, String kitVersion) {
        this.ledger = ledger;
        this.readings = readings;
        this.kitVersion = kitVersion;
    }

    public ComplianceReport build(RunResult run) {
        return build(run, Optional.empty());
    }

    /** The report of the run, compared with the earlier run whose report was in the same folder, if any. */
    ComplianceReport build(RunResult run, Optional<PreviousRun> previous) {
        Map<String, List<CheckReport>> checksByRequirement = new LinkedHashMap<>();
        Map<String, List<CheckReport>> checksByFeature = new LinkedHashMap<>();
        Set<String> unknownRequirements = new LinkedHashSet<>();
        List<CheckReport> unlinked = new ArrayList<>();
        for (CheckResult result : run.checks()) {
            CheckReport check = checkReport(result);
            checksByFeature.computeIfAbsent(check.feature(), feature -> new ArrayList<>()).add(check);
            boolean linked = false;
            for (String id : check.requirements()) {
                if (ledger.find(id).isPresent()) {
                    checksByRequirement.computeIfAbsent(id, key -> new ArrayList<>()).add(check);
                    linked = true;
                } else {
                    unknownRequirements.add(id);
                }
            }
            if (!linked) {
                unlinked.add(check);
            }
        }

        List<ClauseResult> clauses = new ArrayList<>();
        List<Status> requirementStatuses = new ArrayList<>();
        for (String clause : ledger.clauses()) {
            ClauseResult result = clauseResult(clause, checksByRequirement, run);
            clauses.add(result);
            result.requirements().forEach(requirement -> requirementStatuses.add(requirement.status()));
        }

        List<FeatureResult> features = checksByFeature.entrySet().stream().map(entry -> new FeatureResult(
                entry.getKey(), Tally.of(outcomes(entry.getValue())), entry.getValue())).toList();
        List<CheckReport> all = features.stream().flatMap(feature -> feature.checks().stream()).toList();
        List<Outcome> mandatory = all.stream().filter(CheckReport::mandatory).map(CheckReport::outcome).toList();
        List<Outcome> optional = all.stream().filter(check -> !check.mandatory()).map(CheckReport::outcome).toList();
        Totals totals = new Totals(Tally.of(outcomes(all)), Tally.of(mandatory), Tally.of(optional),
                RequirementTally.of(requirementStatuses));

        return new ComplianceReport(ledger.standard(), kitVersion, run.runId(), run.baseUrl(),
                run.started().truncatedTo(ChronoUnit.MILLIS), run.finished().truncatedTo(ChronoUnit.MILLIS), Outcome.rollUp(mandatory), Outcome.rollUp(outcomes(all)), run.exitCode(), totals,
                clauses, unlinked, List.copyOf(unknownRequirements), features, run.configuration(),
                run.readingsChosen(), run.cleanupNotes(), run.advisories(), run.completion(),
                Causes.of(all.stream().filter(CheckReport::failedOrErrored).toList()),
                previous.map(earlier -> RunComparison.between(earlier, all)), run.jobUsage());
    }

    private ClauseResult clauseResult(String clause, Map<String, List<CheckReport>> checksByRequirement,
                                      RunResult run) {
        List<RequirementResult> requirements = new ArrayList<>();
        Map<CheckReport, Boolean> distinctChecks = new IdentityHashMap<>();
        List<Outcome> checkedOutcomes = new ArrayList<>();
        for (Requirement requirement : ledger.byClause(clause)) {
            List<CheckReport> checks = checksByRequirement.getOrDefault(requirement.id(), List.of());
            checks.forEach(check -> distinctChecks.put(check, true));
            RequirementResult result = requirementResult(requirement, checks, run);
            requirements.add(result);
            if (result.status() != Status.NOT_CHECKED) {
                checkedOutcomes.add(Outcome.valueOf(result.status().name()));
            }
        }
        Status status = checkedOutcomes.isEmpty() ? Status.NOT_CHECKED : Status.of(Outcome.rollUp(checkedOutcomes));
        return new ClauseResult(clause, ClauseTitle.of(clause).orElse(null), status,
                RequirementTally.of(requirements.stream().map(RequirementResult::status).toList()),
                Tally.of(outcomes(distinctChecks.keySet())), requirements);
    }

    private RequirementResult requirementResult(Requirement requirement, List<CheckReport> checks, RunResult run) {
        Status status = checks.isEmpty() ? Status.NOT_CHECKED : Status.of(Outcome.rollUp(outcomes(checks)));
        NotChecked notChecked = checks.isEmpty() ? notChecked(requirement, run) : null;
        return new RequirementResult(requirement.id(), requirement.source(), requirement.field(),
                requirement.text().zh(), requirement.text().en(), requirement.level(), requirement.check(),
                readingsOf(List.of(requirement)), status, notChecked, Tally.of(outcomes(checks)), checks);
    }

    private NotChecked notChecked(Requirement requirement, RunResult run) {
        if (requirement.check() == Check.NOT_BLACK_BOX_TESTABLE) {
            return new NotChecked(NotChecked.Reason.NOT_BLACK_BOX_TESTABLE, requirement.why());
        }
        if (run.requirementsWithChecks().contains(requirement.id())) {
            String tags = run.configuration().get(Setting.TAGS.key());
            String excluded = run.configuration().get(Setting.EXCLUDE_TAGS.key());
            return new NotChecked(NotChecked.Reason.NOT_SELECTED_BY_TAGS, "the suite has checks of it; this run did not select them"
                    + (tags == null ? "" : "; tags: " + tags) + (excluded == null ? "" : "; excluded: " + excluded));
        }
        if (requirement.check() == Check.NEEDS_VENDOR_SETUP) {
            return new NotChecked(NotChecked.Reason.NEEDS_VENDOR_SETUP, requirement.setup());
        }
        return new NotChecked(NotChecked.Reason.NO_CHECK_IN_KIT, "no check of kit " + kitVersion + " covers it yet");
    }

    private CheckReport checkReport(CheckResult check) {
        Failure failure = null;
        if (check.outcome() == Outcome.FAIL || check.outcome() == Outcome.ERROR) {
            List<Exchange> evidence = check.evidence() == null ? List.of() : check.evidence();
            int leftOut = Math.max(0, evidence.size() - Failure.MAX_EXCHANGES);
            List<Requirement> requirements = check.requirements().stream().flatMap(id -> ledger.find(id).stream())
                    .toList();
            failure = new Failure(check.message(), readingsOf(requirements),
                    evidence.subList(leftOut, evidence.size()), leftOut);
        }
        return new CheckReport(check.id(), check.feature(), check.name(), check.mandatory(), check.outcome(),
                check.message(), check.duration() == null ? 0 : check.duration().toMillis(), check.requirements(),
                check.tags(), failure);
    }

    private List<Reading> readingsOf(List<Requirement> requirements) {
        Set<String> ids = new LinkedHashSet<>();
        requirements.forEach(requirement -> ids.addAll(requirement.readings()));
        return ids.stream().map(id -> readings.find(id).orElseThrow(() -> new ReportError("kit defect: the ledger "
                + "cites reading " + id + ", which " + Readings.RESOURCE + " does not define"))).toList();
    }

    private static List<Outcome> outcomes(Collection<CheckReport> checks) {
        return checks.stream().map(CheckReport::outcome).toList();
    }
}
