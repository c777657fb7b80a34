package org.aicnet.conformance.report;

import org.aicnet.conformance.ledger.Reading;
import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.run.Outcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * compliance.html: one self-contained page with the verdict, the counts, a table per clause, filters by outcome and
 * the evidence of every failure. Its style and script are inline and its Content-Security-Policy forbids every
 * fetch, so it loads nothing from the network; all text is escaped, since responses of the platform are untrusted.
 * The filter state lives in the URL ({@code compliance.html#show=FAIL,ERROR}) so that a link can point at it.
 */
public final class ComplianceHtml implements ReportFormat {

    public static final String FILE = "compliance.html";
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
    private static final String STYLE = resource("compliance.css");
    private static final String SCRIPT = resource("compliance.js");
    static final String CAUSES_EXPLAINED = "The failed and errored checks, grouped by what they have in common (the "
            + "first schema violation, the same failing answer, or the same expectation such as a B.1 code and status"
            + " mismatch). The first check of each cause explains the others: fix what it shows first. An ERROR after"
            + " it could not judge because of it.";
    /** A list of changes longer than this is folded. */
    static final int OPEN_CHANGES = 10;
    static final String NO_PREVIOUS_RUN = "No earlier compliance.json in this report folder: nothing to compare with.";

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public String render(ComplianceReport report) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(e(report.standard())).append(" compliance: ").append(report.verdict())
                .append(" · ").append(e(report.platformUrl())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body data-ready=\"false\">\n");
        completion(html, report);
        header(html, report);
        jumps(html, report);
        html.append("<div id=\"overview\">\n<div id=\"overview-text\">\n");
        causes(html, report);
        changes(html, report);
        html.append("</div>\n<figure id=\"matrix-figure\">").append(MatrixSvg.svg(report, ""))
                .append("<figcaption>Requirements of each clause by outcome (also ").append(MatrixSvg.FILE)
                .append("); a row leads to its clause.</figcaption></figure>\n</div>\n");
        failures(html, report);
        filters(html);
        html.append("<main>\n");
        report.clauses().forEach(clause -> clause(html, clause));
        unlinked(html, report);
        runDetails(html, report);
        advisories(html, report);
        html.append("</main>\n<footer>Written by the aicnet conformance suite ").append(e(report.kitVersion()))
                .append(". Roll-up: ").append(e(ReportWording.ROLL_UP)).append(".</footer>\n<script>\n").append(SCRIPT)
                .append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, ComplianceReport report) {
        Totals totals = report.totals();
        html.append("<header>\n<h1>").append(e(report.standard()))
                .append(" conformance report <small lang=\"zh\">人工智能算力网络 第8部分：应用层接口</small></h1>\n")
                .append("<p class=\"meta\">Platform <code id=\"platform\">").append(e(report.platformUrl()))
                .append("</code> · run <code>").append(e(report.runId())).append("</code> · kit ")
                .append(e(report.kitVersion())).append(" · ").append(e(report.started().toString())).append(" → ")
                .append(e(report.finished().toString())).append("</p>\n")
                .append("<div id=\"verdict\" class=\"verdict ").append(report.verdictName()).append("\" data-outcome=\"")
                .append(report.verdictName()).append("\">Verdict: <strong>").append(report.verdictName().replace('_', ' '))
                .append("</strong> <span>on the mandatory checks · exit code ").append(report.exitCode())
                .append(": ").append(ReportWording.exitCode(report.exitCode())).append("</span></div>\n<p>All checks, optional ones included: <span class=\"outcome ")
                .append(report.verdictAllChecks()).append("\">").append(report.verdictAllChecks())
                .append("</span>. Badge: ").append(totals.mandatoryChecks().pass()).append('/')
                .append(totals.mandatoryChecks().run()).append(" = ").append(e(ReportWording.BADGE_COUNTS))
                .append(".</p>\n<p id=\"levels\">Levels: ").append(e(ReportWording.LEVELS))
                .append(" (docs/interpretations.md).</p>\n<table id=\"check-counts\" class=\"counts\">\n<thead><tr><th>Checks</th>")
                .append("<th>total</th><th>run</th><th>PASS</th><th>FAIL</th><th>ERROR</th><th>SKIP</th></tr>")
                .append("</thead>\n<tbody>\n");
        tallyRow(html, "mandatory", totals.mandatoryChecks());
        tallyRow(html, "optional", totals.optionalChecks());
        tallyRow(html, "all", totals.checks());
        RequirementTally requirements = totals.requirements();
        html.append("</tbody>\n</table>\n<table id=\"requirement-counts\" class=\"counts\">\n<thead><tr>")
                .append("<th>Requirements</th><th>total</th><th>PASS</th><th>FAIL</th><th>ERROR</th><th>SKIP</th>")
                .append("<th>NOT CHECKED</th></tr></thead>\n<tbody><tr data-row=\"requirements\"><th>in the ledger</th>")
                .append(td("total", requirements.total()));
        for (Status status : Status.values()) {
            html.append(td(status.name(), requirements.count(status)));
        }
        html.append("</tr></tbody>\n</table>\n</header>\n");
    }

    /** A run that did not go through every selected check says so above everything else. */
    private static void completion(StringBuilder html, ComplianceReport report) {
        if (!report.completion().complete()) {
            html.append("<p id=\"completion\" class=\"completion ").append(report.completion().state())
                    .append("\" role=\"alert\">").append(e(ReportWording.completion(report.completion())))
                    .append("</p>\n");
        }
    }

    private static void tallyRow(StringBuilder html, String name, Tally tally) {
        html.append("<tr data-row=\"").append(name).append("\"><th>").append(name).append("</th>")
                .append(td("total", tally.total())).append(td("run", tally.run()));
        for (Outcome outcome : Outcome.values()) {
            html.append(td(outcome.name(), tally.count(outcome)));
        }
        html.append("</tr>\n");
    }

    private static String td(String count, int value) {
        return "<td data-count=\"" + count + "\">" + value + "</td>";
    }

    private static void filters(StringBuilder html) {
        html.append("<nav id=\"filters\">Show:");
        for (Status status : Status.values()) {
            html.append(" <label class=\"outcome ").append(status).append("\"><input type=\"checkbox\" value=\"")
                    .append(status).append("\" checked> ").append(status.name().replace('_', ' ')).append("</label>");
        }
        html.append(" <span id=\"filter-note\"></span></nav>\n");
    }

    private static void clause(StringBuilder html, ClauseResult clause) {
        html.append("<section class=\"clause\" id=\"clause-").append(e(clause.id())).append("\" data-outcome=\"")
                .append(clause.status()).append("\">\n<h2>").append(e(clause.id()));
        if (clause.title() != null) {
            html.append(" <span lang=\"zh\">").append(e(clause.title().zh())).append("</span> · ")
                    .append(e(clause.title().en()));
        }
        RequirementTally requirements = clause.requirementTally();
        Tally checks = clause.checkTally();
        html.append(" <span class=\"outcome ").append(clause.status()).append("\">")
                .append(clause.status().name().replace('_', ' ')).append("</span></h2>\n<p class=\"summary\">")
                .append(requirements.total()).append(" requirements: ").append(requirements.pass())
                .append(" pass, ").append(requirements.fail()).append(" fail, ").append(requirements.error())
                .append(" error, ").append(requirements.skip()).append(" skip, ").append(requirements.notChecked())
                .append(" not checked · ").append(checks.total()).append(" checks</p>\n")
                .append("<table class=\"requirements\">\n<thead><tr><th>Requirement</th><th>Text</th><th>Level</th>")
                .append("<th>Outcome</th><th>Readings relied on</th><th>Checks</th></tr></thead>\n<tbody>\n");
        clause.requirements().forEach(requirement -> requirement(html, requirement));
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void requirement(StringBuilder html, RequirementResult requirement) {
        html.append("<tr class=\"requirement\" id=\"req-").append(e(requirement.id())).append("\" data-outcome=\"")
                .append(requirement.status()).append("\" data-filtered>\n<td><code>").append(e(requirement.id()))
                .append("</code></td>\n<td><div lang=\"zh\">").append(e(requirement.textZh()))
                .append("</div><div>").append(e(requirement.textEn())).append("</div></td>\n<td>")
                .append(requirement.level().key()).append("</td>\n<td><span class=\"outcome ")
                .append(requirement.status()).append("\">").append(requirement.status().name().replace('_', ' '))
                .append("</span>");
        if (requirement.notChecked() != null) {
            html.append("<div class=\"reason\">").append(requirement.notChecked().reason().key()).append(": ")
                    .append(e(requirement.notChecked().detail())).append("</div>");
        }
        html.append("</td>\n<td>");
        for (Reading reading : requirement.readings()) {
            html.append("<abbr title=\"").append(e(reading.text())).append("\">").append(e(reading.id()))
                    .append("</abbr> ");
        }
        html.append("</td>\n<td><ul class=\"checks\">");
        for (CheckReport check : requirement.checks()) {
            html.append("<li><span class=\"outcome ").append(check.outcome()).append("\">").append(check.outcome())
                    .append("</span> ");
            html.append(checkLink(check));
            html.append(' ').append(e(check.name()));
            if (check.outcome() == Outcome.SKIP && check.message() != null) {
                html.append(" <span class=\"reason\">(").append(e(check.message())).append(")</span>");
            }
            html.append("</li>");
        }
        html.append("</ul></td>\n</tr>\n");
    }

    /** Links at the top to every part below, the failures first. */
    private static void jumps(StringBuilder html, ComplianceReport report) {
        html.append("<nav id=\"jump\">Go to: <a href=\"#failures\">Failures and errors (")
                .append(report.failures().size()).append(" in ").append(report.causes().size())
                .append(report.causes().size() == 1 ? " cause" : " causes").append(")</a> · <a href=\"#changes\">")
                .append("Changes since the previous run</a> · <a href=\"#matrix-figure\">Clauses × outcomes</a> · ")
                .append("<a href=\"#filters\">Clauses</a> · <a href=\"#run\">Run details</a></nav>\n");
    }

    /** One line per cause: how many checks it explains, the explaining check, the ones that follow from it. */
    private static void causes(StringBuilder html, ComplianceReport report) {
        html.append("<section id=\"causes\">\n<h2>Failures by cause</h2>\n");
        if (report.causes().isEmpty()) {
            html.append("<p>No check failed or errored.</p>\n</section>\n");
            return;
        }
        html.append("<p>").append(e(CAUSES_EXPLAINED)).append("</p>\n<ol class=\"causes\">\n");
        for (int i = 0; i < report.causes().size(); i++) {
            CauseGroup group = report.causes().get(i);
            Tally tally = Tally.of(group.checks().stream().map(CheckReport::outcome).toList());
            html.append("<li class=\"cause\" data-kind=\"").append(group.kind().key()).append("\" data-count=\"")
                    .append(group.checks().size()).append("\"><a href=\"#cause-").append(i + 1).append("\"><strong>")
                    .append(group.checks().size()).append(group.checks().size() == 1 ? " check" : " checks")
                    .append("</strong></a> (").append(tally.fail()).append(" FAIL, ").append(tally.error())
                    .append(" ERROR): <code>").append(e(group.cause())).append("</code><br>first: ")
                    .append(checkLink(group.explaining())).append(' ').append(e(group.explaining().name()));
            if (!group.following().isEmpty()) {
                html.append("<br>then:");
                group.following().forEach(check -> html.append(' ').append(checkLink(check)));
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n</section>\n");
    }

    /** What changed since the earlier run whose report was in this folder. */
    private static void changes(StringBuilder html, ComplianceReport report) {
        html.append("<section id=\"changes\">\n<h2>Changes since the previous run</h2>\n");
        if (report.comparison().isEmpty()) {
            html.append("<p>").append(e(NO_PREVIOUS_RUN)).append("</p>\n</section>\n");
            return;
        }
        RunComparison comparison = report.comparison().get();
        html.append("<p>Compared with run <code>").append(e(comparison.previousRunId())).append("</code> (")
                .append(e(comparison.previousStarted())).append("): ").append(comparison.newFailures().size())
                .append(" new failure(s), ").append(comparison.fixed().size()).append(" fixed, ")
                .append(comparison.noLongerJudged().size()).append(" no longer judged, ")
                .append(comparison.stillFailing()).append(" still failing.</p>\n");
        changeList(html, "new-failures", "New failures", comparison.newFailures());
        changeList(html, "fixed", "Fixed", comparison.fixed());
        changeList(html, "no-longer-judged", "No longer judged (skipped or not run now)",
                comparison.noLongerJudged());
        html.append("</section>\n");
    }

    private static void changeList(StringBuilder html, String id, String title, List<RunComparison.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        // a long list folds, so that the failures below stay near the top
        html.append("<details class=\"changes\"").append(changes.size() <= OPEN_CHANGES ? " open" : "")
                .append("><summary>").append(title).append(" (").append(changes.size()).append(")</summary>\n<ul id=\"")
                .append(id).append("\">");
        for (RunComparison.Change change : changes) {
            html.append("<li data-check=\"").append(e(change.id())).append("\"><code>").append(e(change.id()))
                    .append("</code> ").append(e(change.name())).append(" <span class=\"outcome ")
                    .append(e(change.before())).append("\">").append(e(change.before())).append("</span> → ")
                    .append("<span class=\"outcome ").append(e(change.now())).append("\">").append(e(change.now()))
                    .append("</span></li>");
        }
        html.append("</ul>\n</details>\n");
    }

    private static void failures(StringBuilder html, ComplianceReport report) {
        html.append("<section id=\"failures\">\n<h2>Failures and errors (").append(report.failures().size())
                .append(")</h2>\n");
        if (report.causes().isEmpty()) {
            html.append("<p>No check failed or errored.</p>\n");
        }
        for (int i = 0; i < report.causes().size(); i++) {
            CauseGroup group = report.causes().get(i);
            html.append("<section class=\"cause-group\" id=\"cause-").append(i + 1).append("\">\n<h3>Cause ")
                    .append(i + 1).append(" · ").append(group.checks().size())
                    .append(group.checks().size() == 1 ? " check" : " checks").append(": <code>")
                    .append(e(group.cause())).append("</code></h3>\n");
            for (CheckReport check : group.checks()) {
                failure(html, check, group, i + 1);
            }
            html.append("</section>\n");
        }
        html.append("</section>\n");
    }

    private static void failure(StringBuilder html, CheckReport check, CauseGroup group, int cause) {
        Failure failure = check.failure();
        boolean explaining = check == group.explaining();
        html.append("<article class=\"failure\" id=\"check-").append(e(check.id())).append("\" data-outcome=\"")
                .append(check.outcome()).append("\" data-filtered>\n<h3><span class=\"outcome ")
                .append(check.outcome()).append("\">").append(check.outcome()).append("</span> <code>")
                .append(e(check.id())).append("</code> ").append(e(check.name())).append("</h3>\n");
        if (!explaining) {
            html.append("<p class=\"follows\">").append(group.blocked(check)
                            ? "Could not judge because of an earlier failure: " : "Follows from the same cause as ")
                    .append(checkLink(group.explaining())).append(", the first check of <a href=\"#cause-")
                    .append(cause).append("\">its cause</a>.</p>\n");
        }
        html.append("<p>Feature ")
                .append(e(check.feature())).append(" · ").append(check.mandatory() ? "mandatory" : "optional")
                .append(" · requirements:");
        for (String id : check.requirements()) {
            html.append(" <a href=\"#req-").append(e(id)).append("\">").append(e(id)).append("</a>");
        }
        html.append("</p>\n<h4>").append(check.outcome() == Outcome.FAIL ? "Expectation that failed" : "Error")
                .append("</h4>\n<pre class=\"expectation\">")
                .append(failure.expectation() == null ? "(the check gave no message)" : e(failure.expectation()))
                .append("</pre>\n");
        if (!failure.readings().isEmpty()) {
            html.append("<h4>Readings relied on (docs/interpretations.md)</h4>\n<ul class=\"readings\">");
            for (Reading reading : failure.readings()) {
                html.append("<li><strong>").append(e(reading.id())).append("</strong> — ")
                        .append(withCode(reading.text())).append(" <em>Why:</em> ").append(withCode(reading.why()))
                        .append("</li>");
            }
            html.append("</ul>\n");
        }
        if (failure.exchanges().isEmpty()) {
            html.append("<p>The check sent no request.</p>\n");
        } else {
            html.append("<h4>Evidence: the last ").append(failure.exchanges().size()).append(" exchange(s)");
            if (failure.exchangesLeftOut() > 0) {
                html.append(", ").append(failure.exchangesLeftOut()).append(" earlier one(s) left out");
            }
            html.append("</h4>\n");
            List<Exchange> exchanges = failure.exchanges();
            for (int i = 0; i < exchanges.size(); i++) {
                // the explaining check shows its failing answer; the ones that follow keep theirs folded
                exchange(html, exchanges.get(i), explaining && i == exchanges.size() - 1);
            }
        }
        html.append("</article>\n");
    }

    private static void exchange(StringBuilder html, Exchange exchange, boolean last) {
        html.append("<details class=\"exchange\"").append(last ? " open" : "").append("><summary><code>")
                .append(e(exchange.method())).append(' ').append(e(exchange.url())).append("</code> → HTTP ")
                .append(exchange.status()).append(" (").append(exchange.millis()).append(" ms)</summary>\n")
                .append("<h5>Request</h5>\n<pre class=\"request\">").append(e(ExchangeText.request(exchange)))
                .append("</pre>\n<h5>Response</h5>\n<pre class=\"response\">").append(e(ExchangeText.response(exchange)))
                .append("</pre>\n<h5>Reproduce (the token is read from $AICNET_TOKEN)</h5>\n<pre class=\"curl\">")
                .append(e(exchange.curl())).append("</pre>\n</details>\n");
    }

    /** The check's id, a link to its evidence when it failed or errored. */
    private static String checkLink(CheckReport check) {
        return check.failure() == null ? "<code>" + e(check.id()) + "</code>"
                : "<a href=\"#check-" + e(check.id()) + "\">" + e(check.id()) + "</a>";
    }

    private static void unlinked(StringBuilder html, ComplianceReport report) {
        if (report.unlinkedChecks().isEmpty() && report.unknownRequirements().isEmpty()) {
            return;
        }
        html.append("<section id=\"unlinked\">\n<h2>Checks that name no requirement of the ledger</h2>\n")
                .append("<p>A defect of the kit: these checks are counted in the totals but belong to no clause.");
        if (!report.unknownRequirements().isEmpty()) {
            html.append(" Requirement ids unknown to the ledger: <code>")
                    .append(e(String.join(", ", report.unknownRequirements()))).append("</code>.");
        }
        html.append("</p>\n<ul>");
        for (CheckReport check : report.unlinkedChecks()) {
            html.append("<li data-outcome=\"").append(check.outcome()).append("\" data-filtered><span class=\"outcome ")
                    .append(check.outcome()).append("\">").append(check.outcome()).append("</span> ");
            html.append(checkLink(check));
            html.append(' ').append(e(check.name())).append("</li>");
        }
        html.append("</ul>\n</section>\n");
    }

    private static void runDetails(StringBuilder html, ComplianceReport report) {
        html.append("<section id=\"run\">\n<h2>Readings the platform chose</h2>\n");
        definitions(html, report.readingsChosen(), "No choice between readings was observed.");
        html.append("<h2>Cleanup</h2>\n");
        if (report.cleanupNotes().isEmpty()) {
            html.append("<p>Nothing to clean up.</p>\n");
        } else {
            html.append("<ul id=\"cleanup\">");
            report.cleanupNotes().forEach(note -> html.append("<li>").append(e(note)).append("</li>"));
            html.append("</ul>\n");
        }
        html.append("<h2>Jobs</h2>\n<p id=\"jobs\">").append(e(ReportWording.jobUsage(report.jobUsage())))
                .append("</p>\n");
        html.append("<h2>Configuration (secrets redacted)</h2>\n");
        definitions(html, report.configuration(), "No setting.");
        html.append("</section>\n");
    }

    private static void definitions(StringBuilder html, Map<String, String> entries, String none) {
        if (entries.isEmpty()) {
            html.append("<p>").append(none).append("</p>\n");
            return;
        }
        html.append("<dl>");
        entries.forEach((key, value) -> html.append("<dt>").append(e(key)).append("</dt><dd><code>").append(e(value))
                .append("</code></dd>"));
        html.append("</dl>\n");
    }

    /** Text of docs/interpretations.md (the kit's own, not the platform's), its `code spans` shown as code. */
    private static String withCode(String markdown) {
        return e(markdown).replaceAll("`([^`]+)`", "<code>$1</code>");
    }

    private static String e(String text) {
        return Html.escape(text);
    }

    private static String resource(String name) {
        try (InputStream in = ComplianceHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + ComplianceHtml.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** What a security reviewer would note; apart from the verdicts, never a check. */
    private static void advisories(StringBuilder html, ComplianceReport report) {
        html.append("<section id=\"advisories\">\n<h2>Advisories</h2>\n<p>").append(e(ReportWording.ADVISORIES))
                .append("</p>\n");
        definitions(html, report.advisories(), "No advisory.");
        html.append("</section>\n");
    }
}
