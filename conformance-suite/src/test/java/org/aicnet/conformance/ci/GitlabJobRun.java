package org.aicnet.conformance.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitLab CI job run as GitLab's runner runs it: {@code extends} merged in (hashes deeply, the job's own keys
 * winning, lists replaced), the job's {@code variables} expanded against the predefined and project variables, which
 * take precedence over them, {@code script} in one bash with errexit and pipefail, then {@code after_script} in
 * another, whatever the script's outcome.
 */
final class GitlabJobRun {

    record Outcome(Shell.Result script, Shell.Result afterScript) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{(\\w+)}|(\\w+))");

    private GitlabJobRun() {
    }

    /** The job with the hidden job it extends merged in, as GitLab merges {@code extends}. */
    static JsonNode extended(JsonNode pipeline, String jobName) {
        JsonNode job = pipeline.path(jobName);
        if (!job.isObject()) {
            throw new AssertionError("no job " + jobName);
        }
        if (!job.has("extends")) {
            return job;
        }
        JsonNode merged = merge(extended(pipeline, job.get("extends").asText()).deepCopy(), job);
        ((ObjectNode) merged).remove("extends");
        return merged;
    }

    /** The pipeline with an included file merged in, as GitLab merges {@code include}: the pipeline's keys win. */
    static JsonNode including(JsonNode included, JsonNode pipeline) {
        ObjectNode merged = (ObjectNode) merge(included.deepCopy(), pipeline);
        merged.remove("include");
        return merged;
    }

    private static JsonNode merge(JsonNode base, JsonNode over) {
        if (!base.isObject() || !over.isObject()) {
            return over;
        }
        ObjectNode merged = (ObjectNode) base;
        over.fields().forEachRemaining(field -> merged.set(field.getKey(),
                merge(merged.path(field.getKey()).deepCopy(), field.getValue())));
        return merged;
    }

    static Outcome run(JsonNode job, Map<String, String> ciVariables, Map<String, String> projectVariables,
                       Map<String, String> machineEnvironment, Path projectDirectory) {
        Map<String, String> environment = new HashMap<>(machineEnvironment);
        environment.putAll(ciVariables);
        job.path("variables").fields().forEachRemaining(variable -> {
            JsonNode value = variable.getValue();
            environment.put(variable.getKey(), expand(value.isObject() ? value.path("value").asText()
                    : value.asText(), environment, projectVariables));
        });
        environment.putAll(projectVariables);
        environment.put("CI_PROJECT_DIR", projectDirectory.toString());
        Shell.Result script = Shell.bash(lines(job.path("script")), environment, projectDirectory);
        Shell.Result after = Shell.bash(lines(job.path("after_script")), environment, projectDirectory);
        return new Outcome(script, after);
    }

    /** {@code $NAME} and {@code ${NAME}} replaced by the variable's value; an undefined one is empty, as in GitLab. */
    private static String expand(String value, Map<String, String> defined, Map<String, String> project) {
        Matcher variable = VARIABLE.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1) != null ? variable.group(1) : variable.group(2);
            String replacement = project.getOrDefault(name, defined.getOrDefault(name, ""));
            variable.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        return variable.appendTail(expanded).toString();
    }

    private static String lines(JsonNode commands) {
        List<String> lines = new ArrayList<>();
        for (JsonNode command : commands) {
            if (command.isArray()) {
                command.forEach(nested -> lines.add(nested.asText()));
            } else {
                lines.add(command.asText());
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
