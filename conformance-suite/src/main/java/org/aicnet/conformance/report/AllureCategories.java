package org.aicnet.conformance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code allure-results/categories.json}: Allure's Categories tab sorts the checks as the other reports do: product
 * defects (FAIL: the platform answered against the standard), harness errors (ERROR: the kit could not judge, a
 * kit defect among them) and skipped checks, each with its reason. The statuses are those {@link AllureEvidence}
 * gives each outcome.
 */
final class AllureCategories {

    static final String FILE = "categories.json";
    static final String CATEGORIES = """
            [
              {
                "name": "Product defects (FAIL: the platform answered against T/AI 123.8)",
                "matchedStatuses": ["failed"]
              },
              {
                "name": "Harness errors (ERROR: the kit could not judge; see the message)",
                "matchedStatuses": ["broken"]
              },
              {
                "name": "Skipped (SKIP: not applicable or not configured, with the reason)",
                "matchedStatuses": ["skipped"]
              }
            ]
            """;

    private AllureCategories() {
    }

    static void write(Path allureResults) {
        try {
            Files.createDirectories(allureResults);
            Files.writeString(allureResults.resolve(FILE), CATEGORIES, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
