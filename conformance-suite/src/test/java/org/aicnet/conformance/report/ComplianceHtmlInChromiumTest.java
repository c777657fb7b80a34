package org.aicnet.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.schemas.SchemaCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * compliance.html of the sample run, opened from disk (file://) in headless Chromium: the verdict and a table per
 * clause render, the script runs without a console message, the filter works, the platform's hostile HTML stays
 * text, and screenshots land in target/chromium/. Then the reports of a real run against a reference server with a
 * deliberate fault ({@link FaultyRun}): compliance.html and the Allure report show the failures at the top grouped
 * by cause, with their exchanges and curl commands, and compliance.html the new failures since the run before;
 * screenshots of both land in target/chromium/. Skipped, with the reason, only where Chromium is not installed;
 * CI (.ci/run) installs it.
 */
class ComplianceHtmlInChromiumTest {

    static final Path OUTPUT = Path.of("target", "chromium");
    private static Chromium chromium;
    private static Path page;
    private static ComplianceReport report;
    private static FaultyRun.Reports faulty;

    @BeforeAll
    static void writePage() throws IOException {
        chromium = Chromium.find().orElse(null);
        assumeTrue(chromium != null, "chromium is not installed (Debian: apt-get install chromium); .ci/run installs "
                + "it, so CI runs this test");
        report = SampleRun.report();
        Files.createDirectories(OUTPUT);
        page = OUTPUT.resolve(ComplianceHtml.FILE);
        Files.writeString(page, new ComplianceHtml().render(report), StandardCharsets.UTF_8);
    }

    @Test
    void rendersTheVerdictAndEveryClauseTableWithoutAConsoleMessage() throws Exception {
        Chromium.Page rendered = chromium.dumpDom(page, null);
        assertEquals(List.of(), rendered.console(), "console messages of the page");
        String dom = rendered.dom();
        assertTrue(dom.contains("data-ready=\"true\""), "the page's script ran to its end");
        assertTrue(Pattern.compile("<div id=\"verdict\"[^>]*>Verdict: <strong>FAIL</strong>").matcher(dom).find(),
                "the verdict");
        assertEquals(report.clauses().size(), count(dom, "<table class=\"requirements\">"), "a table per clause");
        assertEquals(count(dom, "<tr class=\"requirement\""), report.totals().requirements().total());
        assertEquals(0, count(dom, " hidden=\"\""), "nothing hidden without a filter");
        assertFalse(Pattern.compile("<body[^>]*data-pwned").matcher(dom).find(), "the platform's script did not run");
        assertFalse(dom.contains("<img"), "the platform's HTML is text, not elements");
        assertTrue(dom.contains("&lt;script&gt;document.body.setAttribute("), "the platform's HTML shown as text");
    }

    @Test
    void showsOnlyTheOutcomesTheAddressAsksFor() throws Exception {
        Chromium.Page rendered = chromium.dumpDom(page, "show=FAIL,ERROR");
        assertEquals(List.of(), rendered.console(), "console messages of the page");
        String dom = rendered.dom();
        Matcher row = Pattern.compile("<tr class=\"requirement\" id=\"[^\"]*\" data-outcome=\"([A-Z_]+)\""
                + " data-filtered=\"\"( hidden=\"\")?>").matcher(dom);
        int rows = 0;
        while (row.find()) {
            rows++;
            boolean wanted = row.group(1).equals("FAIL") || row.group(1).equals("ERROR");
            assertEquals(!wanted, row.group(2) != null, "row of outcome " + row.group(1));
        }
        assertEquals(report.totals().requirements().total(), rows);
        assertTrue(Pattern.compile("<section class=\"clause\" id=\"clause-7\\.4\\.8\"[^>]* hidden=\"\"")
                .matcher(dom).find(), "a clause with no row to show is hidden");
    }

    @Test
    void savesScreenshots() throws Exception {
        Path top = OUTPUT.resolve("compliance.png");
        assertEquals(List.of(), chromium.screenshot(page, null, top, 1400, 1800).console());
        Path failures = OUTPUT.resolve("compliance-failures.png");
        assertEquals(List.of(), chromium.screenshot(page, "show=FAIL,ERROR", failures, 1400, 2400).console());
        for (Path png : List.of(top, failures)) {
            byte[] bytes = Files.readAllBytes(png);
            assertTrue(bytes.length > 20_000, png + " is too small to show the page: " + bytes.length + " bytes");
            assertEquals("\u0089PNG", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1), png + " is a PNG");
        }
    }

    @Test
    void noticesTheConsoleErrorsOfABrokenPage() throws Exception {
        Path broken = OUTPUT.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html><body><script>notDefinedAnywhere();</script></body></html>");
        List<String> console = chromium.dumpDom(broken, null).console();
        assertEquals(1, console.size(), "the detector sees the page's error: " + console);
        assertTrue(console.get(0).contains("Uncaught ReferenceError"), console.get(0));
    }

    @Test
    void aFaultyRunShowsItsFailuresFirstGroupedByCauseWithTheirExchanges() throws Exception {
        FaultyRun.Reports faulty = faultyRun();
        Path folder = faulty.directory().path();
        String json = Files.readString(folder.resolve(ComplianceJson.FILE), StandardCharsets.UTF_8);
        assertEquals(List.of(), SchemaCatalog.get().violations(ComplianceJson.SCHEMA, json));
        JsonNode root = new ObjectMapper().readTree(json);
        List<CheckResult> failing = faulty.result().checks().stream()
                .filter(check -> check.outcome() == Outcome.FAIL || check.outcome() == Outcome.ERROR).toList();
        assertTrue(failing.size() >= 5, "the fault fails many checks: " + failing.size());
        JsonNode first = root.path("causes").get(0);
        assertEquals("shape", first.path("kind").asText(), first.toString());
        assertTrue(first.path("cause").asText().contains("province"), first.toString());
        assertTrue(first.path("count").intValue() >= failing.size() / 2, "one cause explains most: " + first);
        int grouped = 0;
        for (JsonNode cause : root.path("causes")) {
            grouped += cause.path("count").intValue();
        }
        assertEquals(failing.size(), grouped, "every failed or errored check is in one group");
        // the sound run before passed these checks: each failure now is new
        assertEquals(failing.size(), root.path("previousRun").path("newFailures").size(), root.path("previousRun")
                .toString());

        Path html = folder.resolve(ComplianceHtml.FILE);
        Chromium.Page rendered = chromium.dumpDom(html, null);
        assertEquals(List.of(), rendered.console(), "console messages of the page");
        String dom = rendered.dom();
        int main = dom.indexOf("<main>");
        assertTrue(dom.indexOf("<nav id=\"jump\">") < dom.indexOf("id=\"causes\"")
                && dom.indexOf("id=\"causes\"") < dom.indexOf("<section id=\"failures\"")
                && dom.indexOf("<section id=\"failures\"") < main, "jump links, causes, failures, then the clauses");
        assertTrue(dom.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"matrix\"") < main, "matrix at the top");
        assertTrue(dom.contains("data-clause=\"7.3.1\" data-outcome=\"FAIL\""), "the matrix row of clause 7.3.1");
        assertTrue(Pattern.compile("<nav id=\"jump\">[^<]*<a href=\"#failures\">Failures and errors \\("
                + failing.size() + " in ").matcher(dom).find(), "the top links to the failures");
        String explaining = first.path("explainedBy").asText();
        String article = article(dom, explaining);
        assertTrue(article.contains("<details class=\"exchange\" open=\"\">"), "its failing answer is open");
        assertTrue(article.contains("<pre class=\"response\">HTTP 200"), "the response it judged");
        assertTrue(article.contains("<pre class=\"curl\">curl "), "the curl that repeats it");
        String follower = first.path("checks").get(1).path("id").asText();
        assertTrue(article(dom, follower).contains("<a href=\"#check-" + explaining + "\">"), "a later check of the "
                + "cause points to the one that explains it");
        assertEquals(failing.size(), count(dom.substring(dom.indexOf("<ul id=\"new-failures\">")), "<li data-check="));

        Path top = OUTPUT.resolve("fault-run-compliance.png");
        assertEquals(List.of(), chromium.screenshot(html, null, top, 1400, 1500).console());
        Path cause = OUTPUT.resolve("fault-run-compliance-failures.png");
        assertEquals(List.of(), chromium.screenshot(html, null, cause, 1400, 3200).console());
        assertPng(top);
        assertPng(cause);
    }

    @Test
    void aFaultyRunsAllureReportGroupsTheFailuresByCauseAndAttachesEveryExchange() throws Exception {
        FaultyRun.Reports faulty = faultyRun();
        Path index = faulty.written().allureReport().orElseThrow(() -> new AssertionError("no Allure report: "
                + AllureHome.REASON));
        AllureSingleFile allure = AllureSingleFile.read(index);
        List<CheckResult> failing = faulty.result().checks().stream()
                .filter(check -> check.outcome() == Outcome.FAIL || check.outcome() == Outcome.ERROR).toList();
        JsonNode categories = allure.json("data/categories.json").path("children");
        JsonNode first = categories.get(0);
        assertTrue(first.path("name").asText().startsWith("Cause 1 · ") && first.path("name").asText()
                .contains("province"), first.path("name").asText());
        int underCauses = 0;
        for (JsonNode category : categories) {
            assertTrue(category.path("name").asText().startsWith("Cause "), "a failure no cause holds: "
                    + category.path("name").asText());
            underCauses += AllureSingleFile.leaves(category).size();
        }
        assertEquals(failing.size(), underCauses, "every failed check under its cause");
        JsonNode leaf = AllureSingleFile.leaves(first).get(0);
        JsonNode testCase = allure.json("data/test-cases/" + leaf.path("uid").asText() + ".json");
        assertTrue(testCase.path("statusTrace").asText().startsWith(AllureCategories.marker(1)),
                testCase.path("statusTrace").asText());
        List<String> attachments = new java.util.ArrayList<>();
        testCase.path("testStage").path("attachments").forEach(a -> attachments.add(a.path("name").asText()));
        assertTrue(attachments.stream().anyMatch(name -> name.matches("\\d+\\. GET .*/centers.* → HTTP 200")),
                "the exchanges: " + attachments);
        assertTrue(attachments.stream().anyMatch(name -> name.contains("curl")), "the curl: " + attachments);
        List<String> severity = new java.util.ArrayList<>();
        testCase.path("labels").forEach(label -> {
            if (label.path("name").asText().equals("severity")) {
                severity.add(label.path("value").asText());
            }
        });
        assertEquals(List.of(AllureEvidence.MANDATORY_SEVERITY), severity);
        assertTrue(allure.json("widgets/environment.json").toString().contains("\"verdict\""),
                "the run's environment");

        String address = "categories/" + leaf.path("parentUid").asText() + "/" + leaf.path("uid").asText() + "/";
        Chromium.Page rendered = chromium.dumpDomAfter(index, address, 8000);
        assertTrue(rendered.dom().contains("Cause 1 · "), "the categories tree shows the causes");
        assertTrue(rendered.dom().contains("curl (the token"), "the test result lists its attachments");
        Path png = OUTPUT.resolve("fault-run-allure.png");
        chromium.screenshotAfter(index, address, png, 1600, 1200, 8000);
        assertPng(png);
    }

    @Test
    void aFaultyRunsMarkdownShowsTheMatrixAndTheCausesBeforeTheClauses() throws Exception {
        Path folder = faultyRun().directory().path();
        String md = Files.readString(folder.resolve(ComplianceMarkdown.FILE), StandardCharsets.UTF_8);
        assertTrue(md.contains("](" + MatrixSvg.FILE + ")"), "the matrix picture");
        assertTrue(Files.readString(folder.resolve(MatrixSvg.FILE)).startsWith("<svg "), "matrix.svg written");
        assertTrue(md.indexOf("### Failures by cause") < md.indexOf("### Clauses")
                && md.indexOf("### Changes since the previous run") < md.indexOf("### Clauses"), md);
        assertTrue(md.contains("1. **") && md.contains("province"), "the first cause");
    }

    private static synchronized FaultyRun.Reports faultyRun() {
        if (faulty == null) {
            faulty = FaultyRun.into(OUTPUT.resolve("fault-run"));
        }
        return faulty;
    }

    /** The failure article of a check in the DOM. */
    private static String article(String dom, String check) {
        int start = dom.indexOf("<article class=\"failure\" id=\"check-" + check + "\"");
        assertTrue(start >= 0, "no failure article for " + check);
        return dom.substring(start, dom.indexOf("</article>", start));
    }

    private static void assertPng(Path png) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 20_000, png + " is too small to show the page: " + bytes.length + " bytes");
        assertEquals("\u0089PNG", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1), png + " is a PNG");
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
