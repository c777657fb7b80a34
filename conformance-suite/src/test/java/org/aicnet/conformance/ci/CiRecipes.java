package org.aicnet.conformance.ci;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.regex.Pattern;

/** The CI recipes of docs/vendor-guide.md: the GitHub workflow that uses the action, the GitLab job that extends the template. */
final class CiRecipes {

    static final String WORKFLOW_FILE = ".github/workflows/t-ai-123-8.yml";
    static final String GITLAB_FILE = ".gitlab-ci.yml";
    static final String GITLAB_JOB = "t-ai-123-8-conformance";
    /** {@code uses:} of this repository's action at a release tag. */
    private static final Pattern THE_ACTION = Pattern.compile("[\\w.-]+/aicnet@[\\w.-]+");

    private CiRecipes() {
    }

    static JsonNode guideWorkflow() {
        return CiFiles.guideRecipe(WORKFLOW_FILE);
    }

    static JsonNode guideGitlabJob() {
        return CiFiles.guideRecipe(GITLAB_FILE);
    }

    /** The one job of the workflow with a step that uses the kit's action. */
    static JsonNode jobUsingTheAction(JsonNode workflow) {
        for (JsonNode job : workflow.path("jobs")) {
            if (stepUsingTheAction(job).isPresent()) {
                return job;
            }
        }
        throw new AssertionError("no job of the guide's workflow uses the kit's action (OWNER/aicnet@TAG)");
    }

    static JsonNode actionStep(JsonNode job) {
        return stepUsingTheAction(job).orElseThrow(() -> new AssertionError("the job uses not the kit's action"));
    }

    private static Optional<JsonNode> stepUsingTheAction(JsonNode job) {
        for (JsonNode step : job.path("steps")) {
            if (THE_ACTION.matcher(step.path("uses").asText()).matches()) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
