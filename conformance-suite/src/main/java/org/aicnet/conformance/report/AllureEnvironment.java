package org.aicnet.conformance.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * {@code allure-results/environment.properties}, the Environment box of Allure's overview page: the standard, the
 * kit, the platform, the run and its verdict, every setting of the run (secrets already redacted) as "setting:
 * name", and the advisories as "Advisory: topic" = finding. Allure shows them beside the run, never as a test result.
 */
final class AllureEnvironment {

    static final String FILE = "environment.properties";
    static final String PREFIX = "Advisory: ";
    static final String SETTING = "setting: ";

    private AllureEnvironment() {
    }

    static void write(Path allureResults, ComplianceReport report) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("standard", report.standard());
        entries.put("kit", "aicnet conformance suite " + report.kitVersion());
        entries.put("platform", report.platformUrl());
        entries.put("run", report.runId());
        entries.put("started", report.started().toString());
        entries.put("finished", report.finished().toString());
        entries.put("verdict", report.verdictName() + " (mandatory checks; all checks: " + report.verdictAllChecks()
                + ")");
        entries.put("exit code", report.exitCode() + ": " + ReportWording.exitCode(report.exitCode()));
        entries.put("badge", report.totals().mandatoryChecks().pass() + "/" + report.totals().mandatoryChecks().run()
                + " = " + ReportWording.BADGE_COUNTS);
        entries.put("severity", "mandatory check: " + AllureEvidence.MANDATORY_SEVERITY + ", optional check: "
                + AllureEvidence.OPTIONAL_SEVERITY);
        report.configuration().forEach((key, value) -> entries.put(SETTING + key, value));
        report.advisories().forEach((topic, finding) -> entries.put(PREFIX + topic, finding));
        write(allureResults, entries);
    }

    private static void write(Path allureResults, Map<String, String> values) {
        Properties entries = new Properties();
        values.forEach((key, value) -> entries.setProperty(key, value == null ? "" : value));
        StringWriter text = new StringWriter();
        try {
            entries.store(text, null);
            Files.createDirectories(allureResults);
            // the date comment Properties writes first would make the file differ between equal runs
            String body = text.toString().lines().filter(line -> !line.startsWith("#")).sorted()
                    .reduce("", (all, line) -> all + line + "\n");
            Files.writeString(allureResults.resolve(FILE), body, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
