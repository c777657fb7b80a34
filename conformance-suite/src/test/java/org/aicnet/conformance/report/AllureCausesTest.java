package org.aicnet.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.conformance.run.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Allure's categories follow the causes: each cause's category takes exactly the checks whose trace starts with its
 * marker, matched the way Allure matches (the whole trace, DOTALL), and the fallbacks take only what no cause holds.
 */
class AllureCausesTest {

    @TempDir
    Path results;

    @Test
    void eachCauseIsACategoryThatTakesOnlyItsOwnChecks() throws Exception {
        CheckReport explaining = check("centers:11", Outcome.FAIL);
        CheckReport following = check("centers:18", Outcome.FAIL);
        CheckReport blocked = check("images:54", Outcome.ERROR);
        CheckReport apart = new CheckReport("auth:20", "F", "n", true, Outcome.FAIL, "expected 401", 1, List.of(),
                List.of(), new Failure("expected 401", List.of(), List.of(), 0));
        List<CauseGroup> causes = Causes.of(List.of(explaining, following, blocked, apart));
        AllureCategories.write(results, causes);
        JsonNode categories = new ObjectMapper().readTree(results.resolve(AllureCategories.FILE).toFile());
        assertEquals("Cause 1 · 3 checks: " + causes.get(0).cause(), categories.get(0).path("name").asText());
        assertEquals("Cause 2 · 1 check: expected 401", categories.get(1).path("name").asText());

        Map<String, String> lines = AllureEvidence.causeLines(causes);
        assertTrue(lines.get("centers:11").contains("this check explains the cause"), lines.get("centers:11"));
        assertTrue(lines.get("centers:18").contains("follows from centers:11"), lines.get("centers:18"));
        assertTrue(lines.get("images:54").contains("could not judge because of an earlier failure: centers:11"),
                lines.get("images:54"));
        String trace = lines.get("centers:18") + "java.lang.AssertionError: …\n\tat step(…)\n";
        assertTrue(matches(categories.get(0), trace), "cause 1 takes its check");
        assertFalse(matches(categories.get(1), trace), "cause 2 does not");
        assertTrue(matches(categories.get(1), lines.get("auth:20")));
        JsonNode productDefects = categories.get(2);
        assertTrue(productDefects.path("name").asText().startsWith("Product defects"));
        assertFalse(matches(productDefects, trace), "a fallback takes no check a cause holds");
        assertTrue(matches(productDefects, "java.lang.AssertionError: …"), "but one no cause holds");
    }

    /** As Allure 2's CategoriesPlugin matches a trace regex. */
    private static boolean matches(JsonNode category, String trace) {
        return Pattern.compile(category.path("traceRegex").asText(), Pattern.DOTALL).matcher(trace).matches();
    }

    private static CheckReport check(String id, Outcome outcome) {
        String message = "the body does not have the shape of centers-response.json: /centers/0: required property "
                + "'province' not found";
        return new CheckReport(id, "F", "n", true, outcome, message, 1, List.of(), List.of(),
                new Failure(message, List.of(), List.of(), 0));
    }
}
