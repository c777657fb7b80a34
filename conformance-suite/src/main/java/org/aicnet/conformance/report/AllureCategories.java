package org.aicnet.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code allure-results/categories.json}: Allure's Categories tab (and the Categories box of its overview) shows the
 * failed and errored checks grouped by cause, as the other reports do, one category per cause in the order of
 * {@link ComplianceReport#causes()}, named by its number, size and cause; {@link AllureEvidence} starts the trace of
 * each such check with its cause's {@link #marker(int) marker}, which the category matches. Product defects (FAIL),
 * harness errors (ERROR) and skipped checks follow for whatever no cause holds.
 */
final class AllureCategories {

    static final String FILE = "categories.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AllureCategories() {
    }

    /** The first words of the trace of a check of cause number {@code cause} (from 1). */
    static String marker(int cause) {
        return "[cause " + cause + "] ";
    }

    /** The category name of cause number {@code cause}: "Cause 1 · 32 checks: …". */
    static String name(int cause, CauseGroup group) {
        int size = group.checks().size();
        return "Cause " + cause + " · " + size + (size == 1 ? " check: " : " checks: ") + group.cause();
    }

    static void write(Path allureResults, List<CauseGroup> causes) {
        ArrayNode categories = JSON.createArrayNode();
        for (int i = 0; i < causes.size(); i++) {
            category(categories, name(i + 1, causes.get(i)), "failed", "broken")
                    .put("traceRegex", Pattern.quote(marker(i + 1)) + ".*");
        }
        // Allure puts a result into every category it matches: these take only what no cause holds
        String noCause = "(?!" + Pattern.quote("[cause ") + ").*";
        category(categories, "Product defects (FAIL: the platform answered against T/AI 123.8)", "failed")
                .put("traceRegex", noCause);
        category(categories, "Harness errors (ERROR: the kit could not judge; see the message)", "broken")
                .put("traceRegex", noCause);
        category(categories, "Skipped (SKIP: not applicable or not configured, with the reason)", "skipped");
        try {
            Files.createDirectories(allureResults);
            Files.writeString(allureResults.resolve(FILE), JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(categories), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode category(ArrayNode categories, String name, String... statuses) {
        ObjectNode category = categories.addObject().put("name", name);
        ArrayNode matched = category.putArray("matchedStatuses");
        for (String status : statuses) {
            matched.add(status);
        }
        return category;
    }
}
