package org.aicnet.conformance.e2e;

import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestCaseStarted;
import org.aicnet.conformance.run.SuiteRun;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every check of the suite's features with the step classes its steps run, as Cucumber itself matches them to the
 * suite's glue: a dry run, which sends nothing, with a listener that records each step's step definition.
 */
final class ScenarioSteps {

    private static final String REQUIREMENT_TAG = "@req:";

    /** One check: its feature file (as Cucumber names it), its requirement ids and the classes of its steps. */
    record Scenario(String feature, Set<String> requirements, Set<String> stepClasses) {
    }

    private ScenarioSteps() {
    }

    static List<Scenario> dryRun() {
        List<Scenario> scenarios = Collections.synchronizedList(new ArrayList<>());
        ConcurrentEventListener listener = (EventPublisher publisher) -> publisher.registerHandlerFor(
                TestCaseStarted.class, event -> scenarios.add(scenario(event)));
        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        RuntimeOptions options = new CommandlineOptionsParser(usage).parse("--dry-run", "--monochrome",
                "--no-summary", "--glue", SuiteRun.GLUE, SuiteRun.FEATURES).build();
        Runtime runtime = Runtime.builder().withRuntimeOptions(options)
                .withClassLoader(() -> ScenarioSteps.class.getClassLoader())
                .withAdditionalPlugins(listener).build();
        runtime.run();
        if (runtime.exitStatus() != 0 || scenarios.isEmpty()) {
            throw new IllegalStateException("the dry run of " + SuiteRun.FEATURES + " failed (exit status "
                    + runtime.exitStatus() + ", " + scenarios.size() + " checks) " + usage);
        }
        return List.copyOf(scenarios);
    }

    private static Scenario scenario(TestCaseStarted event) {
        String feature = event.getTestCase().getUri().getSchemeSpecificPart();
        Set<String> requirements = new TreeSet<>();
        event.getTestCase().getTags().stream().filter(tag -> tag.startsWith(REQUIREMENT_TAG))
                .forEach(tag -> requirements.add(tag.substring(REQUIREMENT_TAG.length())));
        Set<String> classes = new TreeSet<>();
        event.getTestCase().getTestSteps().stream().filter(PickleStepTestStep.class::isInstance)
                .map(PickleStepTestStep.class::cast).forEach(step -> classes.add(stepClass(feature, step)));
        return new Scenario(feature, requirements, classes);
    }

    /** {@code org.aicnet.conformance.steps.RestSteps.theRequestSucceeds()} is of the class {@code ...RestSteps}. */
    private static String stepClass(String feature, PickleStepTestStep step) {
        String location = step.getCodeLocation();
        if (location == null) {
            throw new IllegalStateException(feature + ":" + step.getStepLine() + ": no step definition matches \""
                    + step.getStepText() + "\"");
        }
        String method = location.contains("(") ? location.substring(0, location.indexOf('(')) : location;
        return method.substring(0, method.lastIndexOf('.'));
    }
}
