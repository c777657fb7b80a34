package org.aicnet.conformance.report;

import org.aicnet.conformance.ledger.Reading;
import org.aicnet.conformance.run.Outcome;

import java.util.List;

/**
 * compliance.md: the summary for a pull-request comment: the verdict, the counts, a line per clause, and each
 * failure with its expectation, readings and curl command. The full evidence is in compliance.html and .json.
 * Stays under the 65,536 characters a GitHub comment may hold: it shows {@value #MAX_FAILURES_SHOWN} failures, the
 * rest by id only, and cuts each expectation and curl command at {@value #MAX_TEXT} characters.
 */
public final class ComplianceMarkdown implements ReportFormat {

    public static final String FILE = "compliance.md";
    static final int MAX_FAILURES_SHOWN = 15;
    static final int MAX_TEXT = 1200;
    /** Check ids listed per cause or change list; the rest are counted. */
    static final int MAX_IDS = 20;
    /** What GitHub accepts in one comment. */
    static final int MAX_LENGTH = 65_536;

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public String render(ComplianceReport report) {
        StringBuilder md = new StringBuilder(16 * 1024);
        Totals totals = report.totals();
        md.append("## ").append(Markdown.inline(report.standard())).append(" conformance: **")
                .append(report.verdictName().replace('_', ' ')).append("**\n\n");
        if (!report.completion().complete()) {
            md.append("> **").append(Markdown.inline(ReportWording.completion(report.completion()))).append("**\n\n");
        }
        md
                .append("Platform `").append(code(report.platformUrl())).append("` · run `").append(code(report.runId()))
                .append("` · kit ").append(Markdown.inline(report.kitVersion())).append(" · ")
                .append(report.started()).append(" → ").append(report.finished()).append("\n\n")
                .append("Verdict on the mandatory checks: **").append(report.verdict())
                .append("** (exit code ").append(report.exitCode()).append(": ")
                .append(ReportWording.exitCode(report.exitCode())).append("); all checks, optional ones included: **")
                .append(report.verdictAllChecks()).append("**. Badge: ").append(totals.mandatoryChecks().pass())
                .append('/').append(totals.mandatoryChecks().run()).append(" = ")
                .append(Markdown.inline(ReportWording.BADGE_COUNTS)).append(".\n\n")
                .append("Levels: ").append(Markdown.inline(ReportWording.LEVELS)).append(".\n\n")
                .append("Jobs: ").append(Markdown.inline(ReportWording.jobUsage(report.jobUsage()))).append(".\n\n")
                .append("![clauses × outcomes: requirements of each clause by outcome](").append(MatrixSvg.FILE)
                .append(")\n\n")
                .append("| checks | total | run | PASS | FAIL | ERROR | SKIP |\n|---|---:|---:|---:|---:|---:|---:|\n");
        tallyRow(md, "mandatory", totals.mandatoryChecks());
        tallyRow(md, "optional", totals.optionalChecks());
        tallyRow(md, "all", totals.checks());
        RequirementTally requirements = totals.requirements();
        md.append("\n| requirements | total | PASS | FAIL | ERROR | SKIP | NOT CHECKED |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n| in the ledger | ").append(requirements.total());
        for (Status status : Status.values()) {
            md.append(" | ").append(requirements.count(status));
        }
        md.append(" |\n");
        causes(md, report.causes());
        changes(md, report);
        md.append("\n### Clauses\n\n| clause | title | outcome | requirements (pass/fail/error/skip/not checked) | checks |\n")
                .append("|---|---|---|---|---:|\n");
        for (ClauseResult clause : report.clauses()) {
            RequirementTally tally = clause.requirementTally();
            md.append("| ").append(Markdown.inline(clause.id())).append(" | ")
                    .append(clause.title() == null ? "" : Markdown.inline(clause.title().zh() + " · "
                            + clause.title().en())).append(" | ").append(clause.status().name().replace('_', ' '))
                    .append(" | ").append(tally.pass()).append('/').append(tally.fail()).append('/')
                    .append(tally.error()).append('/').append(tally.skip()).append('/').append(tally.notChecked())
                    .append(" | ").append(clause.checkTally().total()).append(" |\n");
        }
        failures(md, report.failures().size(), explainingFirst(report.causes()));
        if (!report.unlinkedChecks().isEmpty()) {
            md.append("\n### Checks that name no requirement of the ledger\n\n");
            report.unlinkedChecks().forEach(check -> md.append("- ").append(check.outcome()).append(" `")
                    .append(code(check.id())).append("` ").append(Markdown.inline(check.name())).append('\n'));
        }
        if (!report.cleanupNotes().isEmpty()) {
            md.append("\n### Cleanup\n\n");
            report.cleanupNotes().forEach(note -> md.append("- ").append(Markdown.inline(note)).append('\n'));
        }
        if (!report.advisories().isEmpty()) {
            md.append("\n### Advisories\n\n").append(Markdown.inline(ReportWording.ADVISORIES)).append("\n\n");
            report.advisories().forEach((topic, finding) -> md.append("- **").append(Markdown.inline(topic))
                    .append("**: ").append(Markdown.inline(finding)).append('\n'));
        }
        md.append("\nRoll-up: ").append(Markdown.inline(ReportWording.ROLL_UP))
                .append(". Evidence of every failure: compliance.html and compliance.json beside this file.\n");
        return md.toString();
    }

    private static void tallyRow(StringBuilder md, String name, Tally tally) {
        md.append("| ").append(name).append(" | ").append(tally.total()).append(" | ").append(tally.run());
        for (Outcome outcome : Outcome.values()) {
            md.append(" | ").append(tally.count(outcome));
        }
        md.append(" |\n");
    }

    private static void causes(StringBuilder md, List<CauseGroup> causes) {
        md.append("\n### Failures by cause\n\n");
        if (causes.isEmpty()) {
            md.append("No check failed or errored.\n");
            return;
        }
        md.append(Markdown.inline(ComplianceHtml.CAUSES_EXPLAINED)).append("\n\n");
        for (int i = 0; i < causes.size(); i++) {
            CauseGroup group = causes.get(i);
            Tally tally = Tally.of(group.checks().stream().map(CheckReport::outcome).toList());
            md.append(i + 1).append(". **").append(group.checks().size())
                    .append(group.checks().size() == 1 ? " check" : " checks").append("** (").append(tally.fail())
                    .append(" FAIL, ").append(tally.error()).append(" ERROR): `").append(code(group.cause()))
                    .append("`; first `").append(code(group.explaining().id())).append("` ")
                    .append(Markdown.inline(group.explaining().name()));
            List<CheckReport> following = group.following();
            if (!following.isEmpty()) {
                md.append("; then ").append(ids(following.subList(0, Math.min(following.size(), MAX_IDS))));
                if (following.size() > MAX_IDS) {
                    md.append(" and ").append(following.size() - MAX_IDS).append(" more");
                }
            }
            md.append('\n');
        }
    }

    private static void changes(StringBuilder md, ComplianceReport report) {
        md.append("\n### Changes since the previous run\n\n");
        if (report.comparison().isEmpty()) {
            md.append(Markdown.inline(ComplianceHtml.NO_PREVIOUS_RUN)).append('\n');
            return;
        }
        RunComparison comparison = report.comparison().get();
        md.append("Compared with run `").append(code(comparison.previousRunId())).append("` (")
                .append(Markdown.inline(comparison.previousStarted())).append("): ")
                .append(comparison.newFailures().size()).append(" new failure(s), ").append(comparison.fixed().size())
                .append(" fixed, ").append(comparison.noLongerJudged().size()).append(" no longer judged, ")
                .append(comparison.stillFailing()).append(" still failing.\n");
        changeList(md, "New failures", comparison.newFailures());
        changeList(md, "Fixed", comparison.fixed());
        changeList(md, "No longer judged (skipped or not run now)", comparison.noLongerJudged());
    }

    private static void changeList(StringBuilder md, String title, List<RunComparison.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        md.append("\n").append(title).append(" (").append(changes.size()).append("):\n\n");
        for (RunComparison.Change change : changes.subList(0, Math.min(changes.size(), MAX_FAILURES_SHOWN))) {
            md.append("- `").append(code(change.id())).append("` ").append(Markdown.inline(change.name()))
                    .append(": ").append(change.before()).append(" → ").append(change.now()).append('\n');
        }
        if (changes.size() > MAX_FAILURES_SHOWN) {
            md.append("- and ").append(changes.size() - MAX_FAILURES_SHOWN).append(" more, every one in ")
                    .append(ComplianceJson.FILE).append('\n');
        }
    }

    /** The explaining check of every cause, then the checks that follow from them: the order failures are shown in. */
    private static List<CheckReport> explainingFirst(List<CauseGroup> causes) {
        List<CheckReport> ordered = new java.util.ArrayList<>(causes.stream().map(CauseGroup::explaining).toList());
        causes.forEach(group -> ordered.addAll(group.following()));
        return ordered;
    }

    private static String ids(List<CheckReport> checks) {
        return String.join(", ", checks.stream().map(check -> "`" + code(check.id()) + "`").toList());
    }

    private static void failures(StringBuilder md, int count, List<CheckReport> failures) {
        md.append("\n### Failures and errors (").append(count).append(")\n\n");
        if (failures.isEmpty()) {
            md.append("No check failed or errored.\n");
            return;
        }
        for (CheckReport check : failures.subList(0, Math.min(failures.size(), MAX_FAILURES_SHOWN))) {
            Failure failure = check.failure();
            md.append("#### ").append(check.outcome()).append(" `").append(code(check.id())).append("` ")
                    .append(Markdown.inline(check.name())).append("\n\n")
                    .append(check.mandatory() ? "mandatory" : "optional").append(" · requirements: ")
                    .append(check.requirements().isEmpty() ? "none" : String.join(", ", check.requirements().stream()
                            .map(id -> "`" + code(id) + "`").toList())).append("\n\n")
                    .append(Markdown.codeBlock("text", failure.expectation() == null
                            ? "(the check gave no message)" : cut(failure.expectation())));
            for (Reading reading : failure.readings()) {
                // docs/interpretations.md is the kit's own Markdown, shown as written
                md.append("\n- reading **").append(reading.id()).append("**: ")
                        .append(reading.text().replaceAll("\\R", " "));
            }
            md.append(failure.readings().isEmpty() ? "" : "\n");
            if (failure.curl() != null) {
                md.append("\n<details><summary>curl</summary>\n\n").append(Markdown.codeBlock("sh", cut(failure.curl())))
                        .append("\n</details>\n");
            }
            md.append('\n');
        }
        if (failures.size() > MAX_FAILURES_SHOWN) {
            md.append("And ").append(failures.size() - MAX_FAILURES_SHOWN).append(" more: ");
            md.append(String.join(", ", failures.subList(MAX_FAILURES_SHOWN, failures.size()).stream()
                    .map(check -> check.outcome() + " `" + code(check.id()) + "`").toList())).append(".\n");
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "… [cut here; the whole text is in "
                + ComplianceHtml.FILE + "]";
    }

    /** Text for an inline code span: a backtick would end it early, so it is replaced. */
    private static String code(String text) {
        return text == null ? "" : text.replace('`', '\'').replaceAll("\\R", " ");
    }
}
