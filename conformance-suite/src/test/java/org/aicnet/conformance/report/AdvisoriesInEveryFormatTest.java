package org.aicnet.conformance.report;

import org.aicnet.conformance.run.RunResult;
import org.aicnet.schemas.TableSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Advisories have a section of their own in every format, and change no verdict, count or check. */
class AdvisoriesInEveryFormatTest {

    private static final String TOPIC = "token answer may be cached";
    private static final String FINDING = "the answer of POST /auth/tokens has no Cache-Control: no-store <b>";

    @TempDir
    Path directory;

    private static ComplianceReport withAdvisory() {
        RunResult plain = SampleRun.result();
        return SampleRun.builder().build(new RunResult(plain.runId(), plain.baseUrl(), plain.started(),
                plain.finished(), plain.configuration(), plain.checks(), plain.cleanupNotes(), plain.readingsChosen(),
                plain.requirementsWithChecks(), Map.of(TOPIC, FINDING), plain.completion()));
    }

    @Test
    void theAdvisoryChangesNoVerdictNorAnyCount() {
        ComplianceReport plain = SampleRun.report();
        ComplianceReport advised = withAdvisory();
        assertEquals(plain.verdict(), advised.verdict());
        assertEquals(plain.exitCode(), advised.exitCode());
        assertEquals(plain.totals(), advised.totals());
        assertEquals(plain.checks().size(), advised.checks().size());
        assertTrue(plain.advisories().isEmpty());
    }

    @Test
    void jsonHasAnAdvisoriesObject() throws Exception {
        String json = new ComplianceJson().render(withAdvisory());
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertEquals(FINDING, node.path("advisories").path(TOPIC).asText());
        assertTrue(org.aicnet.schemas.SchemaCatalog.get().violations(TableSchemas.COMPLIANCE_REPORT, json).isEmpty());
    }

    @Test
    void htmlHasAnAdvisoriesSectionWithTheFindingEscaped() {
        String html = new ComplianceHtml().render(withAdvisory());
        assertTrue(html.contains("<section id=\"advisories\">\n<h2>Advisories</h2>"), html);
        assertTrue(html.contains("no-store &lt;b&gt;"));
        assertFalse(new ComplianceHtml().render(SampleRun.report()).contains(FINDING));
    }

    @Test
    void markdownHasAnAdvisoriesSection() {
        String md = new ComplianceMarkdown().render(withAdvisory());
        assertTrue(md.contains("### Advisories"), md);
        assertTrue(md.contains("**" + TOPIC + "**"), md);
        assertFalse(new ComplianceMarkdown().render(SampleRun.report()).contains("### Advisories"));
    }

    @Test
    void junitHasThemAsPropertiesAndSystemOutOfASuiteWithoutTestCases() {
        String xml = new JunitXml().render(withAdvisory());
        int suite = xml.indexOf("<testsuite name=\"Advisories\"");
        assertTrue(suite > 0, xml);
        String advisories = xml.substring(suite, xml.indexOf("</testsuite>", suite));
        assertTrue(advisories.contains("tests=\"0\""), advisories);
        assertFalse(advisories.contains("<testcase"), advisories);
        assertTrue(advisories.contains("<property name=\"advisory: " + TOPIC + "\""), advisories);
        assertTrue(advisories.contains("<system-out>"), advisories);
        String plain = new JunitXml().render(SampleRun.report());
        assertEquals(plain.split("<testcase").length, xml.split("<testcase").length);
    }

    @Test
    void allureGetsThemAsEnvironmentEntries() throws Exception {
        AllureEnvironment.write(directory, withAdvisory());
        Properties entries = new Properties();
        try (var in = Files.newInputStream(directory.resolve(AllureEnvironment.FILE))) {
            entries.load(in);
        }
        assertEquals(FINDING, entries.getProperty(AllureEnvironment.PREFIX + TOPIC));
    }
}
