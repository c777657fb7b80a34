package org.aicnet.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Completes the results Allure's Cucumber plugin wrote with what the other reports show: each exchange of a check
 * (request and response) and its curl command as text attachments, from the same evidence (tokens and passwords
 * already redacted), the severity from the check's level (mandatory: critical, optional: minor), and the check's
 * outcome as its status (FAIL: failed, ERROR: broken, SKIP: skipped), with the kit's message, so that Allure agrees with
 * compliance.json. A failed or errored check's trace starts with its cause (see {@link AllureCategories}): the cause's
 * number and text, the check that explains it, and, for the others, that they follow from it or could not judge
 * because of it. A result is matched to its check by feature file and line ({@code fullName}
 * "features/centers.feature:119" is check "centers:119").
 */
final class AllureEvidence {

    /** At most this many exchanges of one check are attached, the last ones, where a check that polls ends. */
    static final int MAX_EXCHANGES = 100;
    static final String MANDATORY_SEVERITY = "critical";
    static final String OPTIONAL_SEVERITY = "minor";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AllureEvidence() {
    }

    /** Adds the evidence to every result in the folder; returns how many results were matched to a check. */
    static int write(Path allureResults, List<CheckResult> checks, List<CauseGroup> causes) {
        Map<String, CheckResult> byId = checks.stream()
                .collect(Collectors.toMap(CheckResult::id, Function.identity(), (first, second) -> first));
        Map<String, String> causeLines = causeLines(causes);
        if (!Files.isDirectory(allureResults)) {
            return 0;
        }
        int matched = 0;
        try (Stream<Path> files = Files.list(allureResults)) {
            for (Path file : files.filter(file -> file.getFileName().toString().endsWith("-result.json")).toList()) {
                ObjectNode result = (ObjectNode) JSON.readTree(file.toFile());
                CheckResult check = byId.get(checkId(result.path("fullName").asText("")));
                if (check != null) {
                    complete(result, check, causeLines.get(check.id()), allureResults);
                    Files.writeString(file, JSON.writeValueAsString(result), StandardCharsets.UTF_8);
                    matched++;
                }
            }
        } catch (IOException | ClassCastException e) {
            throw new UncheckedIOException(new IOException("cannot complete the Allure results: " + e, e));
        }
        return matched;
    }

    /** "features/centers.feature:119" → "centers:119", as {@code OutcomeCollector} names checks. */
    static String checkId(String fullName) {
        String file = fullName.substring(fullName.lastIndexOf('/') + 1);
        return file.replaceFirst("\\.feature:", ":");
    }

    /** By check id, the first line of the trace of each failed or errored check: its cause, marked for its category. */
    static Map<String, String> causeLines(List<CauseGroup> causes) {
        Map<String, String> lines = new java.util.HashMap<>();
        for (int i = 0; i < causes.size(); i++) {
            CauseGroup group = causes.get(i);
            String cause = AllureCategories.marker(i + 1) + group.cause();
            for (CheckReport check : group.checks()) {
                String role = check == group.explaining() ? "this check explains the cause"
                        : group.blocked(check) ? "could not judge because of an earlier failure: "
                        + group.explaining().id() : "follows from " + group.explaining().id();
                lines.putIfAbsent(check.id(), cause + "\n(" + role + ")\n");
            }
        }
        return lines;
    }

    static String severity(CheckResult check) {
        return check.mandatory() ? MANDATORY_SEVERITY : OPTIONAL_SEVERITY;
    }

    static String status(Outcome outcome) {
        return switch (outcome) {
            case PASS -> "passed";
            case FAIL -> "failed";
            case ERROR -> "broken";
            case SKIP -> "skipped";
        };
    }

    private static void complete(ObjectNode result, CheckResult check, String causeLine, Path folder)
            throws IOException {
        ArrayNode labels = result.withArray("labels");
        for (int i = labels.size() - 1; i >= 0; i--) {
            if (labels.get(i).path("name").asText().equals("severity")) {
                labels.remove(i);
            }
        }
        labels.addObject().put("name", "severity").put("value", severity(check));
        result.put("status", status(check.outcome()));
        ObjectNode details = result.has("statusDetails") && result.get("statusDetails").isObject()
                ? (ObjectNode) result.get("statusDetails") : result.putObject("statusDetails");
        if (check.message() != null) {
            details.put("message", check.message());
        }
        if (causeLine != null) {
            details.put("trace", causeLine + details.path("trace").asText(""));
        }
        ArrayNode attachments = result.withArray("attachments");
        List<Exchange> evidence = check.evidence() == null ? List.of() : check.evidence();
        int leftOut = Math.max(0, evidence.size() - MAX_EXCHANGES);
        if (leftOut > 0) {
            attach(attachments, folder, "earlier exchanges left out",
                    leftOut + " earlier exchange(s) of this check are not attached; the last " + MAX_EXCHANGES
                            + " are.\n");
        }
        for (int i = leftOut; i < evidence.size(); i++) {
            Exchange exchange = evidence.get(i);
            attach(attachments, folder, (i + 1) + ". " + ExchangeText.summary(exchange), ExchangeText.both(exchange));
            attach(attachments, folder, (i + 1) + ". curl (the token is read from $AICNET_TOKEN)",
                    exchange.curl() + "\n");
        }
    }

    private static void attach(ArrayNode attachments, Path folder, String name, String text) throws IOException {
        String source = UUID.randomUUID() + "-attachment.txt";
        Files.writeString(folder.resolve(source), text, StandardCharsets.UTF_8);
        attachments.addObject().put("name", name).put("source", source).put("type", "text/plain");
    }
}
