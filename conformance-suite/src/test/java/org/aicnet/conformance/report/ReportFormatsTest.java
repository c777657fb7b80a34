package org.aicnet.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each format shows of the sample run, beyond the counts: evidence, readings, escaping. */
class ReportFormatsTest {

    private static final ComplianceReport REPORT = SampleRun.report();
    private static final Map<String, String> FILES = ReportFormatsAgreeTest.render(REPORT);

    @Test
    void jsonCarriesTheEvidenceReadingsAndRunOfAFailure() throws Exception {
        JsonNode root = new ObjectMapper().readTree(FILES.get(ComplianceJson.FILE));
        assertEquals("T/AI 123.8", root.path("standard").asText());
        assertEquals("0.1.0-test", root.path("kit").path("version").asText());
        assertEquals(SampleRun.BASE_URL, root.path("run").path("platformUrl").asText());
        assertEquals("2025-11-27T08:00:00Z", root.path("run").path("started").asText());
        assertEquals(95_000, root.path("run").path("durationMillis").intValue());
        assertEquals("***", root.path("configuration").path("password").asText());
        assertEquals("array [\"password\"]", root.path("readingsChosen").path("R-authMethod-form").asText());
        assertEquals(2, root.path("cleanupNotes").size());
        JsonNode failed = requirement(root, "6.2-wrong-method").path("checks").get(0);
        assertEquals("FAIL", failed.path("outcome").asText());
        JsonNode failure = failed.path("failure");
        assertTrue(failure.path("expectation").asText().startsWith("expected HTTP 405"));
        assertEquals("R-unknown-route", failure.path("readings").get(0).path("id").asText());
        assertFalse(failure.path("readings").get(0).path("text").asText().isBlank());
        JsonNode exchange = failure.path("exchanges").get(0);
        assertEquals("PUT", exchange.path("request").path("method").asText());
        assertEquals("***", exchange.path("request").path("headers").path("X-Auth-Token").asText());
        assertEquals(404, exchange.path("response").path("status").intValue());
        assertEquals(SampleRun.HOSTILE_BODY, exchange.path("response").path("body").asText());
        assertTrue(failure.path("curl").asText().startsWith("curl -sS -X PUT"));
        JsonNode notChecked = requirement(root, "B.1-0103");
        assertEquals("NOT_CHECKED", notChecked.path("outcome").asText());
        assertEquals("needs-vendor-setup", notChecked.path("notChecked").path("reason").asText());
        assertEquals(List.of("R-error-body", "R-frozen-account"), strings(notChecked.path("readings")));
    }

    @Test
    void htmlLoadsNothingAndShowsUntrustedTextAsText() {
        String html = FILES.get(ComplianceHtml.FILE);
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
        assertEquals(1, count(html, "<script"), "only the page's own inline script");
        assertFalse(Pattern.compile("<[a-z][^>]*\\s(src|srcset|data|action)=").matcher(html).find(),
                "no element that fetches");
        assertEquals(0, count(html, "<link") + count(html, "@import") + count(html, "url("), "no resource to fetch");
        assertFalse(Pattern.compile("href=\"(?!#)").matcher(html).find(), "every link stays on the page");
        assertFalse(html.contains("<img"), "the platform's HTML is not markup of the page");
        assertTrue(html.contains("&lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;"));
        assertTrue(html.contains("&lt;img src=x onerror=&quot;"));
    }

    @Test
    void htmlShowsEachClauseWithItsRequirementsInBothLanguages() {
        String html = FILES.get(ComplianceHtml.FILE);
        assertEquals(REPORT.clauses().size(), count(html, "<section class=\"clause\""));
        assertTrue(html.contains("<span lang=\"zh\">获取Token接口</span> · Obtaining a token"));
        RequirementResult requirement = ComplianceReportBuilderTest.requirement(REPORT, "A.4-token");
        assertTrue(html.contains(Html.escape(requirement.textZh())));
        assertTrue(html.contains(Html.escape(requirement.textEn())));
        assertTrue(html.contains("<abbr title=\""), "readings relied on, with their text on hover");
        assertTrue(html.contains("id=\"check-protocol:14\""), "evidence of the failure");
        assertTrue(html.contains("Reproduce (the token is read from $AICNET_TOKEN)"));
        assertTrue(html.contains("2 earlier one(s) left out"));
    }

    @Test
    void markdownAndHtmlSayWhereTheLevelsComeFrom() {
        assertTrue(FILES.get(ComplianceMarkdown.FILE).contains("Levels: levels follow reading R-levels: every "
                + "parameter, value and default of annex A that a caller may leave out (否) is still a mandatory"));
        assertTrue(FILES.get(ComplianceHtml.FILE).contains("<p id=\"levels\">Levels: levels follow reading R-levels"));
    }

    @Test
    void markdownKeepsUntrustedTextInsideItsCodeBlocks() {
        String md = FILES.get(ComplianceMarkdown.FILE);
        assertTrue(md.contains("````text\nexpected HTTP 405"), "a fence longer than the body's ``` run");
        String outsideCode = md.replaceAll("(?s)(`{3,})[a-z]*\n.*?\n\\1\n", "");
        assertFalse(outsideCode.contains("<script"), "no raw HTML outside code blocks: " + outsideCode);
        assertFalse(md.contains("\u0007"), "no control character");
        assertTrue(md.contains("#### FAIL `protocol:14`"));
        assertTrue(md.contains("mandatory · requirements: `7.2.1-token-required`, `B.1-0101-auth`"));
        assertTrue(md.contains("- reading **R-token-scope**: Every call needs a token except `POST /auth/tokens`"));
        assertTrue(md.contains("- reading **R-unknown-route**: "));
        assertTrue(md.contains("<details><summary>curl</summary>"));
        for (ClauseResult clause : REPORT.clauses()) {
            assertTrue(md.contains("\n| " + Markdown.inline(clause.id()) + " | "), "row of clause " + clause.id());
        }
    }

    @Test
    void markdownOfARunFullOfLongFailuresFitsInOneGithubComment() {
        List<org.aicnet.conformance.run.CheckResult> checks = new java.util.ArrayList<>();
        String longBody = "x".repeat(org.aicnet.conformance.platform.Exchange.MAX_BODY);
        for (int i = 0; i < 200; i++) {
            checks.add(SampleRun.check("long:" + i, "Long", "failure " + i, List.of("7.2.1-token-required",
                    "B.1-0101-auth"), true, org.aicnet.conformance.run.Outcome.FAIL, "expected less: " + longBody,
                    List.of(SampleRun.exchange("POST", "/trainjob?" + longBody, 400, longBody))));
        }
        java.time.Instant now = java.time.Instant.parse("2025-11-27T08:00:00Z");
        ComplianceReport report = SampleRun.builder().build(new org.aicnet.conformance.run.RunResult("long",
                SampleRun.BASE_URL, now, now, Map.of(), checks, List.of(), Map.of(), java.util.Set.of()));
        String md = new ComplianceMarkdown().render(report);
        assertTrue(md.length() < ComplianceMarkdown.MAX_LENGTH, "length " + md.length());
        assertTrue(md.contains("And 185 more: FAIL `long:15`"), "the rest by id");
    }

    @Test
    void markdownEscapesTableAndInlineSyntax() {
        assertEquals("a \\| b &lt;b&gt; \\`x\\` \\*y\\* c", Markdown.inline("a | b <b> `x` *y*\n c"));
        assertTrue(Markdown.codeBlock("sh", "echo ```x```").startsWith("````sh\n"));
    }

    @Test
    void junitHoldsEveryCheckWithItsRequirementsAndAValidDocumentDespiteControlCharacters() throws Exception {
        String xml = FILES.get(JunitXml.FILE);
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        NodeList cases = root.getElementsByTagName("testcase");
        assertEquals(REPORT.checks().size(), cases.getLength());
        Element failed = testcase(cases, "protocol:14 A path of annex A called with another method answers 405");
        assertEquals("Protocol", failed.getAttribute("classname"));
        Element failure = (Element) failed.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").startsWith("expected HTTP 405"));
        assertTrue(failure.getTextContent().contains("reproduce: curl -sS -X PUT"));
        assertTrue(failure.getTextContent().contains("\uFFFD end"), "BEL replaced, not written raw");
        Element token = testcase(cases, "auth:5 The user logs in and gets a token");
        assertEquals(List.of("A.1-endpoint", "A.4-token", "mandatory"), propertyValues(token));
        Element skipped = (Element) testcase(cases, "auth:31 An expired token is refused with 0102")
                .getElementsByTagName("skipped").item(0);
        assertTrue(skipped.getAttribute("message").startsWith("no expired token configured"));
        assertEquals(1, testcase(cases, "misc:3 A check whose tag names no requirement of the ledger")
                .getElementsByTagName("error").getLength());
    }

    @Test
    void badgeSaysWhatItCountsAndTakesTheVerdictsColour() {
        String svg = FILES.get(BadgeSvg.FILE);
        assertTrue(svg.contains(">T/AI 123.8</text>"));
        assertTrue(svg.contains(">2/5 passed</text>"));
        assertTrue(svg.contains("<title>T/AI 123.8 · 2/5 passed (mandatory checks passed / mandatory checks run"));
        assertTrue(svg.contains("fill=\"#cf222e\""), "red for FAIL");
    }

    @Test
    void theMatrixCountsEachClausesRequirementsByOutcomeAndLeadsToTheClause() throws Exception {
        String svg = FILES.get(MatrixSvg.FILE);
        org.w3c.dom.Document matrix = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList rows = matrix.getElementsByTagName("a");
        assertEquals(REPORT.clauses().size(), rows.getLength(), "a row per clause");
        for (int r = 0; r < rows.getLength(); r++) {
            Element row = (Element) rows.item(r);
            ClauseResult clause = REPORT.clauses().get(r);
            assertEquals(clause.id(), row.getAttribute("data-clause"));
            assertEquals(clause.status().name(), row.getAttribute("data-outcome"));
            assertEquals(ComplianceHtml.FILE + "#clause-" + clause.id(), row.getAttribute("href"));
            NodeList cells = row.getElementsByTagName("text");
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                if (cell.hasAttribute("data-status")) {
                    int count = clause.requirementTally().count(Status.valueOf(cell.getAttribute("data-status")));
                    assertEquals(count == 0 ? "" : Integer.toString(count), cell.getTextContent(),
                            clause.id() + " " + cell.getAttribute("data-status"));
                }
            }
        }
        assertTrue(FILES.get(ComplianceMarkdown.FILE).contains("](" + MatrixSvg.FILE + ")"), "the Markdown shows it");
        assertTrue(FILES.get(ComplianceHtml.FILE).contains("id=\"matrix\""), "the page holds it inline");
    }

    private static JsonNode requirement(JsonNode root, String id) {
        for (JsonNode clause : root.path("clauses")) {
            for (JsonNode requirement : clause.path("requirements")) {
                if (requirement.path("id").asText().equals(id)) {
                    return requirement;
                }
            }
        }
        throw new AssertionError("no requirement " + id);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Element testcase(NodeList cases, String name) {
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            if (testcase.getAttribute("name").equals(name)) {
                return testcase;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    private static List<String> propertyValues(Element testcase) {
        NodeList properties = testcase.getElementsByTagName("property");
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < properties.getLength(); i++) {
            values.add(((Element) properties.item(i)).getAttribute("value"));
        }
        return values;
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
