package org.aicnet.conformance.report;

import org.aicnet.conformance.ledger.Ledger;
import org.aicnet.conformance.ledger.Reading;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplianceReportBuilderTest {

    private static final Ledger LEDGER = Ledger.load();

    @Test
    void countsTheSampleRunAsWorkedOutByHand() {
        ComplianceReport report = SampleRun.report();
        assertEquals(new Tally(2, 2, 2, 2), report.totals().checks());
        assertEquals(new Tally(2, 1, 2, 1), report.totals().mandatoryChecks());
        assertEquals(new Tally(0, 1, 0, 1), report.totals().optionalChecks());
        RequirementTally requirements = report.totals().requirements();
        assertEquals(List.of(3, 2, 2, 2), List.of(requirements.pass(), requirements.fail(), requirements.error(),
                requirements.skip()));
        assertEquals(LEDGER.all().size(), requirements.total());
        assertEquals(Outcome.FAIL, report.verdict());
        assertEquals(1, report.exitCode());
    }

    @Test
    void groupsRequirementsByClauseInTheLedgersOrderAndCountsEachCheckOfAClauseOnce() {
        ComplianceReport report = SampleRun.report();
        assertEquals(List.copyOf(LEDGER.clauses()), report.clauses().stream().map(ClauseResult::id).toList());
        ClauseResult token = clause(report, "7.2.1");
        // auth:5 covers A.1-endpoint and A.4-token, auth:20 covers 7.2.1-token-required and B.1-0101-auth
        assertEquals(new Tally(1, 0, 1, 1), token.checkTally());
        assertEquals(Status.ERROR, token.status());
        assertEquals(Status.FAIL, clause(report, "6.2").status());
        assertEquals(Status.FAIL, clause(report, "7.3.1").status());
        assertEquals(Status.NOT_CHECKED, clause(report, "7.4.8").status());
        assertEquals(new ClauseTitle("获取Token接口", "Obtaining a token"), token.title());
    }

    @Test
    void everyClauseOfTheLedgerHasATitle() {
        List<String> untitled = LEDGER.clauses().stream().filter(clause -> ClauseTitle.of(clause).isEmpty()).toList();
        assertEquals(List.of(), untitled, "clauses of the ledger without a title in ClauseTitle");
    }

    @Test
    void rollsUpARequirementsChecks() {
        assertEquals(Status.FAIL, statusOf(Outcome.PASS, Outcome.ERROR, Outcome.FAIL, Outcome.SKIP));
        assertEquals(Status.ERROR, statusOf(Outcome.PASS, Outcome.ERROR, Outcome.SKIP));
        assertEquals(Status.PASS, statusOf(Outcome.PASS, Outcome.SKIP));
        assertEquals(Status.SKIP, statusOf(Outcome.SKIP, Outcome.SKIP));
    }

    @Test
    void tellsWhyARequirementWasNotChecked() {
        ComplianceReport report = SampleRun.report();
        NotChecked untestable = requirement(report, "6.2-framework-compat").notChecked();
        assertEquals(NotChecked.Reason.NOT_BLACK_BOX_TESTABLE, untestable.reason());
        assertEquals(LEDGER.byId("6.2-framework-compat").why(), untestable.detail());
        NotChecked setup = requirement(report, "B.1-0103").notChecked();
        assertEquals(NotChecked.Reason.NEEDS_VENDOR_SETUP, setup.reason());
        assertEquals(LEDGER.byId("B.1-0103").setup(), setup.detail());
        NotChecked tags = requirement(report, SampleRun.NOT_SELECTED).notChecked();
        assertEquals(NotChecked.Reason.NOT_SELECTED_BY_TAGS, tags.reason());
        assertTrue(tags.detail().contains("not @slow"), tags.detail());
        NotChecked none = requirement(report, "A.6-sort-default").notChecked();
        assertEquals(NotChecked.Reason.NO_CHECK_IN_KIT, none.reason());
        assertTrue(none.detail().contains("0.1.0-test"), none.detail());
        assertNull(requirement(report, "6.2-unknown-route").notChecked());
    }

    @Test
    void keepsTheEvidenceAndReadingsOfFailuresOnly() {
        ComplianceReport report = SampleRun.report();
        CheckReport error = check(report, "auth:20");
        Failure failure = error.failure();
        assertEquals(Failure.MAX_EXCHANGES, failure.exchanges().size());
        assertEquals(2, failure.exchangesLeftOut());
        assertTrue(failure.exchanges().get(9).url().endsWith("page=12"), "the last exchanges are kept");
        assertEquals(failure.exchanges().get(9).curl(), failure.curl());
        List<String> expected = new ArrayList<>();
        for (String requirement : List.of("7.2.1-token-required", "B.1-0101-auth")) {
            LEDGER.byId(requirement).readings().stream().filter(id -> !expected.contains(id)).forEach(expected::add);
        }
        assertEquals(expected, failure.readings().stream().map(Reading::id).toList());
        failure.readings().forEach(reading -> assertTrue(!reading.text().isBlank() && !reading.why().isBlank()));
        assertNull(check(report, "auth:5").failure());
        assertNull(check(report, "auth:31").failure());
        assertNotNull(check(report, "misc:3").failure());
        assertEquals(List.of(), check(report, "misc:3").failure().exchanges());
    }

    @Test
    void setsApartChecksThatNameNoRequirementOfTheLedger() {
        ComplianceReport report = SampleRun.report();
        assertEquals(List.of("misc:3"), report.unlinkedChecks().stream().map(CheckReport::id).toList());
        assertEquals(List.of("A.99-not-in-ledger"), report.unknownRequirements());
    }

    @Test
    void judgesTheVerdictOnMandatoryChecksAndShowsTheRestApart() {
        RunResult optionalFailure = run(List.of(
                SampleRun.check("a:1", "A", "mandatory pass", List.of("6.2-rest"), true, Outcome.PASS, null, List.of()),
                SampleRun.check("a:2", "A", "optional fail", List.of("A.6-page"), false, Outcome.FAIL, "no", List.of())));
        ComplianceReport report = SampleRun.builder().build(optionalFailure);
        assertEquals(Outcome.PASS, report.verdict());
        assertEquals(Outcome.FAIL, report.verdictAllChecks());
        assertEquals(0, report.exitCode());
    }

    @Test
    void refusesALedgerReadingThatTheInterpretationsLack() {
        Ledger ledger = Ledger.parse("""
                standard: T/AI 123.8
                requirements:
                  - id: 6.2-rest
                    source: "6.2"
                    clause: "6.2"
                    text: {zh: "接口", en: "REST"}
                    level: mandatory
                    check: black-box
                    readings: [R-no-such-reading]
                """);
        ComplianceReportBuilder builder = new ComplianceReportBuilder(ledger,
                org.aicnet.conformance.ledger.Readings.load(), "test");
        ReportError error = assertThrows(ReportError.class, () -> builder.build(run(List.of())));
        assertTrue(error.getMessage().contains("R-no-such-reading"), error.getMessage());
    }

    private static Status statusOf(Outcome... outcomes) {
        List<CheckResult> checks = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            checks.add(SampleRun.check("r:" + i, "R", "check " + i, List.of("6.2-json"), true, outcomes[i], "m",
                    List.of()));
        }
        return requirement(SampleRun.builder().build(run(checks)), "6.2-json").status();
    }

    private static RunResult run(List<CheckResult> checks) {
        Instant now = Instant.parse("2025-11-27T08:00:00Z");
        return new RunResult("run", "http://p.example", now, now, Map.of(), checks, List.of(), Map.of(),
                Set.of());
    }

    static ClauseResult clause(ComplianceReport report, String id) {
        return report.clauses().stream().filter(clause -> clause.id().equals(id)).findFirst().orElseThrow();
    }

    static RequirementResult requirement(ComplianceReport report, String id) {
        return report.clauses().stream().flatMap(clause -> clause.requirements().stream())
                .filter(requirement -> requirement.id().equals(id)).findFirst().orElseThrow();
    }

    static CheckReport check(ComplianceReport report, String id) {
        return report.checks().stream().filter(check -> check.id().equals(id)).findFirst().orElseThrow();
    }
}
