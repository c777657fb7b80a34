package org.aicnet.conformance.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestSourceRead;
import org.aicnet.conformance.KitError;
import org.aicnet.conformance.platform.SecretRedaction;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cucumber plugin that turns each finished scenario into a {@link CheckResult} with exactly one of the four
 * outcomes, and prints a progress line per feature. A failed assertion is FAIL (the platform answered wrongly); a
 * {@link KitError} or any other exception is ERROR (the kit could not finish); an aborted check is SKIP with its
 * reason; an undefined, pending or ambiguous step is ERROR (a defect of the kit, never a PASS).
 */
public final class OutcomeCollector implements ConcurrentEventListener {

    public static final String REQUIREMENT_TAG = "@req:";
    public static final String MANDATORY_TAG = "@mandatory";
    private static final Pattern FEATURE_NAME = Pattern.compile("(?m)^\\s*Feature:\\s*(.+)$");
    private static final Pattern TAG_LINE = Pattern.compile("(?m)^\\s*@.*$");
    private static final Pattern REQUIREMENT_ID = Pattern.compile(Pattern.quote(REQUIREMENT_TAG) + "([^\\s@#]+)");

    private final Map<URI, String> featureNames = new ConcurrentHashMap<>();
    private URI currentFeature;
    private final Map<Outcome, Integer> featureCounts = new EnumMap<>(Outcome.class);
    private int featuresStarted;

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceRead.class, this::sourceRead);
        publisher.registerHandlerFor(TestCaseStarted.class, this::started);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> endFeature());
    }

    private void sourceRead(TestSourceRead event) {
        Matcher name = FEATURE_NAME.matcher(event.getSource());
        featureNames.put(event.getUri(), name.find() ? name.group(1).trim() : fileName(event.getUri()));
        RunContext.current().requirementsWithChecks(requirementIds(event.getSource()));
    }

    /** The ids of every @req: tag on the tag lines of a feature's text. */
    static List<String> requirementIds(String featureSource) {
        List<String> ids = new java.util.ArrayList<>();
        Matcher line = TAG_LINE.matcher(featureSource);
        while (line.find()) {
            Matcher id = REQUIREMENT_ID.matcher(line.group().split("\\s#", 2)[0]);
            while (id.find()) {
                ids.add(id.group(1));
            }
        }
        return ids;
    }

    private synchronized void started(TestCaseStarted event) {
        URI uri = event.getTestCase().getUri();
        if (!uri.equals(currentFeature)) {
            endFeature();
            currentFeature = uri;
            featuresStarted++;
            RunContext context = RunContext.current();
            if (!context.dryRun()) {
                context.say(String.format("[%d] %s (%s)", featuresStarted, featureName(uri), fileName(uri)));
            }
        }
        RunContext.current().progressBoard().checkStarted(event.getTestCase().getName());
    }

    private synchronized void endFeature() {
        if (currentFeature == null || featureCounts.isEmpty()) {
            return;
        }
        RunContext.current().say(String.format("    %d passed, %d failed, %d errors, %d skipped",
                featureCounts.getOrDefault(Outcome.PASS, 0), featureCounts.getOrDefault(Outcome.FAIL, 0),
                featureCounts.getOrDefault(Outcome.ERROR, 0), featureCounts.getOrDefault(Outcome.SKIP, 0)));
        featureCounts.clear();
    }

    private synchronized void finished(TestCaseFinished event) {
        RunContext context = RunContext.current();
        TestCase testCase = event.getTestCase();
        Result result = event.getResult();
        Outcome outcome = context.dryRun() ? Outcome.SKIP : outcomeOf(result);
        List<String> secrets = context.secrets();
        String message = context.dryRun() ? "listed, not run"
                : SecretRedaction.all(messageOf(result, outcome), secrets);
        if (outcome == Outcome.ERROR && context.cancelled()) {
            // the cancel woke the check from a wait: it did not end, so it says nothing either way
            outcome = Outcome.SKIP;
            message = "not finished: the run was cancelled while it ran (" + message + ")";
        }
        List<String> tags = testCase.getTags();
        List<String> requirements = tags.stream().filter(tag -> tag.startsWith(REQUIREMENT_TAG))
                .map(tag -> tag.substring(REQUIREMENT_TAG.length())).toList();
        CheckResult check = new CheckResult(fileName(testCase.getUri()).replaceFirst("\\.feature$", "") + ":"
                + testCase.getLocation().getLine(), featureName(testCase.getUri()), testCase.getName(), tags,
                requirements, tags.contains(MANDATORY_TAG), outcome, message, result.getDuration(),
                context.takeEvidence(testCase.getId().toString()).stream()
                        .map(exchange -> SecretRedaction.exchange(exchange, secrets)).toList());
        context.record(check);
        context.progressBoard().checkFinished();
        if (!context.dryRun()) {
            featureCounts.merge(outcome, 1, Integer::sum);
        }
    }

    static Outcome outcomeOf(Result result) {
        Status status = result.getStatus();
        Throwable error = result.getError();
        if (status == Status.PASSED) {
            return Outcome.PASS;
        }
        if (status == Status.SKIPPED && error instanceof org.opentest4j.TestAbortedException) {
            return Outcome.SKIP;
        }
        if (status == Status.FAILED && error instanceof AssertionError) {
            return Outcome.FAIL;
        }
        return Outcome.ERROR;
    }

    private static String messageOf(Result result, Outcome outcome) {
        Throwable error = result.getError();
        return switch (outcome) {
            case PASS -> null;
            case FAIL, SKIP -> error == null ? null : error.getMessage();
            case ERROR -> switch (result.getStatus()) {
                case UNDEFINED -> "kit defect: a step of this check has no definition";
                case PENDING -> "kit defect: a step of this check is not implemented";
                case AMBIGUOUS -> "kit defect: a step of this check matches several definitions";
                case SKIPPED -> "kit defect: the check was skipped without a reason";
                default -> error instanceof KitError ? error.getMessage()
                        : "the kit could not finish the check: " + error;
            };
        };
    }

    private String featureName(URI uri) {
        return featureNames.getOrDefault(uri, fileName(uri));
    }

    private static String fileName(URI uri) {
        String path = uri.toString();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
