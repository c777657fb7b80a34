package org.aicnet.conformance.report;

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
 * text, and screenshots land in target/chromium/. Skipped, with the reason, only where Chromium is not installed;
 * CI (.ci/run) installs it.
 */
class ComplianceHtmlInChromiumTest {

    static final Path OUTPUT = Path.of("target", "chromium");
    private static Chromium chromium;
    private static Path page;
    private static ComplianceReport report;

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

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
