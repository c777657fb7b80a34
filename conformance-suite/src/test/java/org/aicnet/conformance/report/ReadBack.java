package org.aicnet.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads the counts back out of each written format, each in its own way: what the format states, and, where it can,
 * a recount of the items it lists. None of it uses the report model, so a format that miscounts shows up.
 */
final class ReadBack {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] OUTCOMES = {"PASS", "FAIL", "ERROR", "SKIP"};
    private static final String[] STATUSES = {"PASS", "FAIL", "ERROR", "SKIP", "NOT_CHECKED"};

    private ReadBack() {
    }

    /** What compliance.json states in its counts and badge. */
    static FormatCounts jsonStated(String json) throws Exception {
        JsonNode root = JSON.readTree(json);
        JsonNode counts = root.path("counts");
        return new FormatCounts("compliance.json counts", checkCounts(counts.path("checks")),
                root.path("badge").path("passed").intValue(), root.path("badge").path("run").intValue(),
                requirementCounts(counts.path("requirements")),
                counts.path("checks").path("fail").intValue() + counts.path("checks").path("error").intValue(),
                root.path("verdict").asText());
    }

    /**
     * A recount of compliance.json's tree: every check once (by id) among the requirements and the unlinked checks,
     * every requirement by outcome; on the way, each clause's and requirement's stated counts are checked against
     * what it lists.
     */
    static FormatCounts jsonRecounted(String json) throws Exception {
        JsonNode root = JSON.readTree(json);
        Map<String, JsonNode> checks = new LinkedHashMap<>();
        Map<String, Integer> requirements = zero(STATUSES);
        for (JsonNode clause : root.path("clauses")) {
            Map<String, JsonNode> clauseChecks = new LinkedHashMap<>();
            Map<String, Integer> clauseRequirements = zero(STATUSES);
            for (JsonNode requirement : clause.path("requirements")) {
                clauseRequirements.merge(requirement.path("outcome").asText(), 1, Integer::sum);
                Map<String, JsonNode> own = new LinkedHashMap<>();
                requirement.path("checks").forEach(check -> own.put(check.path("id").asText(), check));
                assertEquals(countOutcomes(own), withoutTotal(checkCounts(requirement.path("counts").path("checks"))),
                        "counts of requirement " + requirement.path("id").asText());
                clauseChecks.putAll(own);
            }
            assertEquals(countOutcomes(clauseChecks), withoutTotal(checkCounts(clause.path("counts").path("checks"))),
                    "check counts of clause " + clause.path("clause").asText());
            assertEquals(clauseRequirements, withoutTotal(requirementCounts(clause.path("counts").path("requirements"))),
                    "requirement counts of clause " + clause.path("clause").asText());
            clauseRequirements.forEach((status, count) -> requirements.merge(status, count, Integer::sum));
            checks.putAll(clauseChecks);
        }
        root.path("unlinkedChecks").forEach(check -> checks.put(check.path("id").asText(), check));
        Map<String, Integer> outcomes = withTotal(countOutcomes(checks));
        int mandatoryPassed = 0;
        int mandatoryRun = 0;
        int failures = 0;
        for (JsonNode check : checks.values()) {
            String outcome = check.path("outcome").asText();
            boolean mandatory = check.path("level").asText().equals("mandatory");
            mandatoryPassed += mandatory && outcome.equals("PASS") ? 1 : 0;
            mandatoryRun += mandatory && !outcome.equals("SKIP") ? 1 : 0;
            failures += check.has("failure") ? 1 : 0;
        }
        return new FormatCounts("compliance.json tree", outcomes, mandatoryPassed, mandatoryRun,
                withTotal(requirements), failures, null);
    }

    /** junit.xml: its testcase elements and their failure, error and skipped children, and its stated totals. */
    static FormatCounts junit(String xml) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element suites = document.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        Map<String, Integer> counted = zero(OUTCOMES);
        int mandatoryPassed = 0;
        int mandatoryRun = 0;
        NodeList suiteList = suites.getElementsByTagName("testsuite");
        for (int s = 0; s < suiteList.getLength(); s++) {
            Element suite = (Element) suiteList.item(s);
            Map<String, Integer> inSuite = zero(OUTCOMES);
            NodeList cases = suite.getElementsByTagName("testcase");
            for (int c = 0; c < cases.getLength(); c++) {
                Element testcase = (Element) cases.item(c);
                assertEquals(suite.getAttribute("name").replace('.', '\u2024'), testcase.getAttribute("classname"),
                        "classname = feature, its dots written U+2024");
                assertFalse(testcase.getAttribute("classname").contains("."), "a CI tool would split the class name");
                String outcome = testcase.getElementsByTagName("failure").getLength() > 0 ? "FAIL"
                        : testcase.getElementsByTagName("error").getLength() > 0 ? "ERROR"
                        : testcase.getElementsByTagName("skipped").getLength() > 0 ? "SKIP" : "PASS";
                inSuite.merge(outcome, 1, Integer::sum);
                boolean mandatory = property(testcase, "level").equals("mandatory");
                mandatoryPassed += mandatory && outcome.equals("PASS") ? 1 : 0;
                mandatoryRun += mandatory && !outcome.equals("SKIP") ? 1 : 0;
            }
            assertEquals(withTotal(inSuite), stated(suite), "stated counts of testsuite " + suite.getAttribute("name"));
            inSuite.forEach((outcome, count) -> counted.merge(outcome, count, Integer::sum));
        }
        Map<String, Integer> checks = withTotal(counted);
        assertEquals(checks, stated(suites), "stated counts of testsuites");
        return new FormatCounts("junit.xml", checks, mandatoryPassed, mandatoryRun, null,
                checks.get("FAIL") + checks.get("ERROR"), null);
    }

    /** compliance.md: its count tables, its badge sentence, its failures heading and its verdict. */
    static FormatCounts markdown(String md) {
        Map<String, Integer> all = row(md, "all", "total", "run", "PASS", "FAIL", "ERROR", "SKIP");
        Map<String, Integer> mandatory = row(md, "mandatory", "total", "run", "PASS", "FAIL", "ERROR", "SKIP");
        all.remove("run");
        Map<String, Integer> requirements = row(md, "in the ledger", "total", "PASS", "FAIL", "ERROR", "SKIP",
                "NOT_CHECKED");
        Matcher badge = find(md, "Badge: (\\d+)/(\\d+) ");
        assertEquals(mandatory.get("PASS"), Integer.valueOf(badge.group(1)), "badge sentence vs mandatory row");
        assertEquals(mandatory.get("run"), Integer.valueOf(badge.group(2)), "badge sentence vs mandatory row");
        return new FormatCounts("compliance.md", all, mandatory.get("PASS"), mandatory.get("run"), requirements,
                Integer.valueOf(find(md, "### Failures and errors \\((\\d+)\\)").group(1)),
                find(md, "^## .* conformance: \\*\\*([A-Z]+)\\*\\*").group(1));
    }

    /** badge.svg: its text and its data attributes, which must agree. */
    static FormatCounts badge(String svg) {
        Matcher text = find(svg, "data-passed=\"(\\d+)\" data-run=\"(\\d+)\">(\\d+)/(\\d+) passed</text>");
        assertEquals(text.group(1), text.group(3), "badge text vs data-passed");
        assertEquals(text.group(2), text.group(4), "badge text vs data-run");
        return new FormatCounts("badge.svg", null, Integer.valueOf(text.group(1)), Integer.valueOf(text.group(2)),
                null, null, null);
    }

    /**
     * compliance.html: its count tables, its requirement rows by outcome, its failure articles, its verdict; the
     * stated requirement counts must match the rows.
     */
    static FormatCounts html(String html) {
        Map<String, Integer> all = htmlRow(html, "all");
        Map<String, Integer> mandatory = htmlRow(html, "mandatory");
        Map<String, Integer> requirements = htmlRow(html, "requirements");
        Map<String, Integer> rows = zero(STATUSES);
        Matcher row = Pattern.compile("<tr class=\"requirement\" id=\"[^\"]*\" data-outcome=\"([A-Z_]+)\"")
                .matcher(html);
        while (row.find()) {
            rows.merge(row.group(1), 1, Integer::sum);
        }
        assertEquals(withTotal(rows), requirements, "HTML requirement rows vs its requirement counts");
        int articles = (int) Pattern.compile("<article class=\"failure\"").matcher(html).results().count();
        Integer mandatoryRun = mandatory.remove("run");
        all.remove("run");
        return new FormatCounts("compliance.html", all, mandatory.get("PASS"), mandatoryRun, requirements, articles,
                find(html, "<div id=\"verdict\" class=\"verdict [A-Z]+\" data-outcome=\"([A-Z]+)\"").group(1));
    }

    private static Map<String, Integer> htmlRow(String html, String name) {
        Matcher row = find(html, "<tr data-row=\"" + Pattern.quote(name) + "\">(.*?)</tr>");
        Map<String, Integer> counts = new TreeMap<>();
        Matcher cell = Pattern.compile("<td data-count=\"([A-Za-z_]+)\">(\\d+)</td>").matcher(row.group(1));
        while (cell.find()) {
            counts.put(cell.group(1).equals("total") ? "total" : cell.group(1), Integer.valueOf(cell.group(2)));
        }
        return counts;
    }

    private static Map<String, Integer> row(String md, String name, String... columns) {
        Matcher row = find(md, "^\\| " + Pattern.quote(name) + " \\|((?: \\d+ \\|)+)$");
        String[] cells = row.group(1).trim().split("\\s*\\|\\s*");
        assertEquals(columns.length, cells.length, "cells of the Markdown row " + name);
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < columns.length; i++) {
            counts.put(columns[i], Integer.valueOf(cells[i].trim()));
        }
        return counts;
    }

    private static Matcher find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.MULTILINE | Pattern.DOTALL).matcher(text);
        assertTrue(matcher.find(), "no match of " + regex);
        return matcher;
    }

    private static String property(Element testcase, String name) {
        NodeList properties = testcase.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals(name)) {
                return property.getAttribute("value");
            }
        }
        return "";
    }

    private static Map<String, Integer> stated(Element element) {
        int tests = Integer.parseInt(element.getAttribute("tests"));
        int failures = Integer.parseInt(element.getAttribute("failures"));
        int errors = Integer.parseInt(element.getAttribute("errors"));
        int skipped = Integer.parseInt(element.getAttribute("skipped"));
        return counts(tests, tests - failures - errors - skipped, failures, errors, skipped);
    }

    private static Map<String, Integer> checkCounts(JsonNode node) {
        assertEquals(node.path("total").intValue() - node.path("skip").intValue(), node.path("run").intValue(),
                "run = total - skip");
        return counts(node.path("total").intValue(), node.path("pass").intValue(), node.path("fail").intValue(),
                node.path("error").intValue(), node.path("skip").intValue());
    }

    private static Map<String, Integer> requirementCounts(JsonNode node) {
        Map<String, Integer> counts = counts(node.path("total").intValue(), node.path("pass").intValue(),
                node.path("fail").intValue(), node.path("error").intValue(), node.path("skip").intValue());
        counts.put("NOT_CHECKED", node.path("notChecked").intValue());
        return counts;
    }

    private static Map<String, Integer> counts(int total, int pass, int fail, int error, int skip) {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("total", total);
        counts.put("PASS", pass);
        counts.put("FAIL", fail);
        counts.put("ERROR", error);
        counts.put("SKIP", skip);
        return counts;
    }

    private static Map<String, Integer> countOutcomes(Map<String, JsonNode> checks) {
        Map<String, Integer> counts = zero(OUTCOMES);
        checks.values().forEach(check -> counts.merge(check.path("outcome").asText(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> zero(String[] keys) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String key : keys) {
            counts.put(key, 0);
        }
        return counts;
    }

    private static Map<String, Integer> withTotal(Map<String, Integer> counts) {
        Map<String, Integer> total = new TreeMap<>(counts);
        total.put("total", counts.values().stream().mapToInt(Integer::intValue).sum());
        return total;
    }

    private static Map<String, Integer> withoutTotal(Map<String, Integer> counts) {
        Map<String, Integer> without = new HashMap<>(counts);
        without.remove("total");
        return new TreeMap<>(without);
    }
}
