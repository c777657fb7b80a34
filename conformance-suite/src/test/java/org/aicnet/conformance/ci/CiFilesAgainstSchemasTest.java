package org.aicnet.conformance.ci;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The action, the GitLab CI template, the workflows and the CI recipes of the vendor guide are what GitHub and GitLab
 * accept: valid by the published schemas (ci-schemas/), and by the rules GitLab and GitHub check beyond them.
 */
class CiFilesAgainstSchemasTest {

    /** GitLab's own rule for artifacts:expose_as (EXPOSE_AS_REGEX of its artifacts entry), beyond ci.json. */
    static final Pattern EXPOSE_AS = Pattern.compile("\\w[-\\w ]*");

    @Test
    void theActionIsAValidGithubAction() {
        assertEquals(List.of(), CiSchemas.GITHUB_ACTION.violations(CiFiles.read(CiFiles.ACTION)));
    }

    @Test
    void theWorkflowsOfTheRepositoryAndOfTheGuideAreValidGithubWorkflows() throws IOException {
        List<Path> workflows;
        try (Stream<Path> files = Files.list(CiFiles.WORKFLOWS)) {
            workflows = files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
        }
        assertFalse(workflows.isEmpty(), "no workflow in " + CiFiles.WORKFLOWS);
        for (Path workflow : workflows) {
            assertEquals(List.of(), CiSchemas.GITHUB_WORKFLOW.violations(CiFiles.read(workflow)), workflow.toString());
        }
        assertEquals(List.of(), CiSchemas.GITHUB_WORKFLOW.violations(CiRecipes.guideWorkflow()), "the guide's workflow");
    }

    @Test
    void theGitlabTemplateAndTheGuidesJobAreValidGitlabCi() {
        assertEquals(List.of(), CiSchemas.GITLAB_CI.violations(CiFiles.read(CiFiles.GITLAB_TEMPLATE)));
        assertEquals(List.of(), CiSchemas.GITLAB_CI.violations(CiRecipes.guideGitlabJob()), "the guide's job");
    }

    @Test
    void everyExposeAsIsOneGitlabAccepts() {
        List<JsonNode> pipelines = List.of(CiFiles.read(CiFiles.GITLAB_TEMPLATE), CiRecipes.guideGitlabJob());
        List<String> exposed = new ArrayList<>();
        pipelines.forEach(pipeline -> pipeline.forEach(job -> {
            JsonNode exposeAs = job.path("artifacts").path("expose_as");
            if (!exposeAs.isMissingNode()) {
                exposed.add(exposeAs.asText());
            }
        }));
        assertFalse(exposed.isEmpty(), "the template exposes its report in the merge request");
        exposed.forEach(name -> assertTrue(EXPOSE_AS.matcher(name).matches(), "GitLab refuses expose_as: " + name));
        assertFalse(EXPOSE_AS.matcher("T/AI 123.8 report").matches(), "the rule refuses what GitLab refuses");
    }

    @Test
    void theGuidesJobMayCommentOnThePullRequest() {
        JsonNode workflow = CiRecipes.guideWorkflow();
        JsonNode job = CiRecipes.jobUsingTheAction(workflow);
        JsonNode with = CiRecipes.actionStep(job).path("with");
        if (!"false".equals(with.path("comment-on-pull-request").asText("true"))) {
            assertEquals("write", job.path("permissions").path("pull-requests").asText(),
                    "the action comments on pull requests: the job needs pull-requests: write");
        }
    }

    @Test
    void theSchemasRefuseWhatGithubAndGitlabRefuse() {
        assertFalse(CiSchemas.GITHUB_ACTION.violations(CiFiles.parse("name: x\ndescription: y\n")).isEmpty(),
                "an action without runs");
        assertFalse(CiSchemas.GITHUB_WORKFLOW.violations(CiFiles.parse(
                "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      pull-requests: comment\n"
                        + "    steps:\n      - run: true\n")).isEmpty(), "an unknown permission level");
        assertFalse(CiSchemas.GITLAB_CI.violations(CiFiles.parse(
                "job:\n  script: [true]\n  artifacts:\n    when: sometimes\n")).isEmpty(), "an unknown artifacts:when");
    }
}
