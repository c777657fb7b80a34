package org.aicnet.conformance.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The advisories of a run as Allure's environment entries ({@code allure-results/environment.properties}, shown on
 * the overview page): "Advisory: topic" = finding. Allure shows them beside the run, never as a test result.
 */
final class AllureEnvironment {

    static final String FILE = "environment.properties";
    static final String PREFIX = "Advisory: ";

    private AllureEnvironment() {
    }

    static void write(Path allureResults, Map<String, String> advisories) {
        if (advisories.isEmpty()) {
            return;
        }
        Properties entries = new Properties();
        advisories.forEach((topic, finding) -> entries.setProperty(PREFIX + topic, finding));
        StringWriter text = new StringWriter();
        try {
            entries.store(text, null);
            Files.createDirectories(allureResults);
            // the date comment Properties writes first would make the file differ between equal runs
            String body = text.toString().lines().filter(line -> !line.startsWith("#"))
                    .reduce("", (all, line) -> all + line + "\n");
            Files.writeString(allureResults.resolve(FILE), body, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
