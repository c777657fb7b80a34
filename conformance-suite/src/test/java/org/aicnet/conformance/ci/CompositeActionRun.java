package org.aicnet.conformance.ci;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell steps of a composite action (action.yml) run as GitHub's runner runs them: in order, a step without
 * {@code if} only while no earlier step failed, a step with {@code if: always()} in any case (no other condition is
 * known to the test); each with the environment of the job, its own {@code env} and a fresh {@code GITHUB_OUTPUT},
 * whose {@code name=value} lines become {@code steps.ID.outputs.NAME}; all steps append to one
 * {@code GITHUB_STEP_SUMMARY}. Steps that use another action (setup-java, upload-artifact) are not run: the job's
 * Java is the test's own, and the test reads the report directory itself.
 */
final class CompositeActionRun {

    /** One step of the action: whether it ran and, if so, how it ended. */
    record Step(String name, boolean ran, Shell.Result result) {
        boolean failed() {
            return ran && result.exitCode() != 0;
        }
    }

    record Outcome(List<Step> steps, String summary, Map<String, String> outputs) {
        Step step(String name) {
            return steps.stream().filter(step -> step.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("the action has no step '" + name + "'"));
        }
    }

    private CompositeActionRun() {
    }

    /**
     * Runs the action with the inputs of {@code with} (already resolved), the contexts of {@code contexts} (github.*)
     * and the job's environment, in {@code workspace}.
     */
    static Outcome run(JsonNode action, Map<String, String> with, GithubExpressions contexts,
                       Map<String, String> jobEnvironment, Path workspace) {
        try {
            resolveInputs(action.path("inputs"), with, contexts);
            Path summary = Files.createFile(workspace.resolveSibling("step-summary.md"));
            List<Step> steps = new ArrayList<>();
            boolean failed = false;
            for (JsonNode step : action.path("runs").path("steps")) {
                String name = step.path("name").asText(step.path("uses").asText());
                if (!step.has("run")) {
                    steps.add(new Step(name, false, null));
                    continue;
                }
                if (!runs(step, failed)) {
                    steps.add(new Step(name, false, null));
                    continue;
                }
                Step ran = runStep(step, name, contexts, jobEnvironment, summary, workspace);
                steps.add(ran);
                failed |= ran.failed();
            }
            Map<String, String> outputs = new HashMap<>();
            action.path("outputs").fields().forEachRemaining(output -> outputs.put(output.getKey(),
                    contexts.resolve(output.getValue().path("value").asText())));
            return new Outcome(steps, Files.readString(summary), outputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inputs the step's {@code with} gives, the others at their defaults; an unknown input is an error. */
    private static void resolveInputs(JsonNode inputs, Map<String, String> with, GithubExpressions contexts) {
        with.keySet().forEach(name -> {
            if (!inputs.has(name)) {
                throw new AssertionError("the action has no input '" + name + "'");
            }
        });
        inputs.fields().forEachRemaining(input -> {
            String name = input.getKey();
            if (input.getValue().path("required").asBoolean() && !with.containsKey(name)) {
                throw new AssertionError("the required input '" + name + "' is not given");
            }
            contexts.with("inputs." + name, with.containsKey(name) ? with.get(name)
                    : contexts.resolve(input.getValue().path("default").asText("")));
        });
    }

    private static boolean runs(JsonNode step, boolean anEarlierStepFailed) {
        if (!step.has("if")) {
            return !anEarlierStepFailed;
        }
        String condition = step.get("if").asText().replaceAll("^\\$\\{\\{\\s*|\\s*}}$", "").strip();
        if (!condition.equals("always()")) {
            throw new AssertionError("the test knows no condition but always(): " + condition);
        }
        return true;
    }

    private static Step runStep(JsonNode step, String name, GithubExpressions contexts,
                                Map<String, String> jobEnvironment, Path summary, Path workspace) throws IOException {
        if (!"bash".equals(step.path("shell").asText())) {
            throw new AssertionError("step '" + name + "' does not run in bash: " + step.path("shell"));
        }
        Path output = Files.createTempFile(workspace.getParent(), "github-output", ".txt");
        Map<String, String> environment = new HashMap<>(jobEnvironment);
        environment.put("GITHUB_OUTPUT", output.toString());
        environment.put("GITHUB_STEP_SUMMARY", summary.toString());
        step.path("env").fields().forEachRemaining(variable -> environment.put(variable.getKey(),
                contexts.resolve(variable.getValue().asText())));
        Shell.Result result = Shell.bash(contexts.resolve(step.get("run").asText()), environment, workspace);
        if (step.has("id")) {
            for (String line : Files.readAllLines(output)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    contexts.with("steps." + step.get("id").asText() + ".outputs." + line.substring(0, equals),
                            line.substring(equals + 1));
                }
            }
        }
        return new Step(name, true, result);
    }
}
