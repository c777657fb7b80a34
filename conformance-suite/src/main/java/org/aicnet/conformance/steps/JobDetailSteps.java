package org.aicnet.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.jobs.JobChecks;
import org.aicnet.conformance.jobs.Jobs;
import org.aicnet.conformance.jobs.OtherImageField;
import org.aicnet.conformance.jobs.TaskChecks;
import org.aicnet.conformance.lists.AnnexLists;
import org.aicnet.conformance.lists.Walk;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.schemas.standard.JobFields;
import org.opentest4j.TestAbortedException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The detail of a training job (7.4.3, A.40-A.45): its metadata, status and tasks. */
public final class JobDetailSteps {

    private final World world;
    private final Jobs jobs;
    private final JobContext context;

    public JobDetailSteps(World world, Jobs jobs, JobContext context) {
        this.world = world;
        this.jobs = jobs;
        this.context = context;
    }

    @When("{actor} reads the job's detail")
    public void readsTheDetail(Credentials actor) {
        world.respond(jobs.detail(context.job().id(), actor));
    }

    @When("the user reads the detail of an unknown training job")
    public void readsAnUnknownDetail() {
        world.respond(jobs.detail(jobs.newName("no-job"), jobs.user()));
    }

    @Then("the detail's metadata is the one the job was created with")
    public void theMetadataIsTheCreatedOne() {
        Expect.sameFields("the detail's metadata (A.43) and the creation's (A.34)",
                context.job().created().path("metadata"), detail().path("metadata"));
    }

    @Then("the detail's metadata and status are those of the job's entry in the user's list of training jobs")
    public void theDetailIsTheListEntry() {
        JsonNode entry = JobChecks.entryOf(context.job(), jobs.trainingJobsOf(jobs.user()));
        JsonNode detail = detail();
        Expect.sameFields("the detail's metadata (A.43) and the list entry's (A.39)", entry.path("metadata"),
                detail.path("metadata"));
        Expect.equal("status in the detail and in the list", entry.path("status").asText(null),
                detail.path("status").asText(null));
    }

    @Then("the job has {int} task(s), each with its own task id")
    public void theJobHasTasks(int count) {
        List<JsonNode> tasks = tasks();
        TaskChecks.onePerNode(tasks, count);
        TaskChecks.distinctIds(tasks);
    }

    @Then("the job has tasks, each with its own task id")
    public void theJobHasTasksWithIds() {
        List<JsonNode> tasks = tasks();
        TaskChecks.some(tasks);
        TaskChecks.distinctIds(tasks);
    }

    @Then("each task runs in the center the job named, under that center's name in the list of centers")
    public void eachTaskRunsInTheNamedCenter() {
        eachTaskRunsInANamedCenter();
        Walk centers = jobs.list(AnnexLists.CENTERS, Map.of(), jobs.user());
        TaskChecks.centersAsListed(tasks(), centers.items());
    }

    @Then("each task runs in one of the centers the job named")
    public void eachTaskRunsInANamedCenter() {
        Set<String> named = new HashSet<>();
        context.job().config(JobFields.CENTER_ID).forEach(id -> named.add(id.asText()));
        TaskChecks.inNamedCenters(tasks(), named);
    }

    @Then("each task names the image id the job was created with")
    public void eachTaskNamesTheImageId() {
        eachTaskHas(JobFields.IMAGE_ID, context.job().config(JobFields.IMAGE_ID).asText());
    }

    @Then("each task names the image url the job was created with")
    public void eachTaskNamesTheImageUrl() {
        eachTaskHas(JobFields.IMAGE_URL, context.job().config(JobFields.IMAGE_URL).asText());
    }

    /** A.44: one of imageId and imageUrl, the one the job was created with; imageId when both were given. */
    @Then("each task names one image, the one the job was created with")
    public void eachTaskNamesItsImage() {
        JsonNode imageId = context.job().config(JobFields.IMAGE_ID);
        if (imageId.isTextual()) {
            eachTaskHas(JobFields.IMAGE_ID, imageId.asText());
        } else {
            eachTaskHas(JobFields.IMAGE_URL, context.job().config(JobFields.IMAGE_URL).asText());
        }
    }

    @Then("each task's image url, where the platform shows one, is the url of the image the job was created with")
    public void eachTasksImageUrlIsTheImages() {
        String imageId = context.job().config(JobFields.IMAGE_ID).asText();
        List<JsonNode> tasks = tasks();
        otherFieldShown(tasks, JobFields.IMAGE_URL, "image id");
        Walk images = jobs.list(AnnexLists.IMAGES, Map.of(), jobs.user());
        OtherImageField.urlAgrees(tasks, imageId, images.items().stream()
                .filter(image -> imageId.equals(image.path(JobFields.IMAGE_ID).asText())).findFirst());
    }

    @Then("each task's image id, where the platform shows one, is an image of the list of images with that url")
    public void eachTasksImageIdIsAListedImage() {
        List<JsonNode> tasks = tasks();
        otherFieldShown(tasks, JobFields.IMAGE_ID, "image url");
        Walk images = jobs.list(AnnexLists.IMAGES, Map.of(), jobs.user());
        OtherImageField.idAgrees(tasks, context.job().config(JobFields.IMAGE_URL).asText(), images.items(),
                images.complete());
    }

    /** Reading R-image-choice: the other image field is the platform's choice; without it there is nothing to judge. */
    private void otherFieldShown(List<JsonNode> tasks, String field, String createdWith) {
        boolean shown = !OtherImageField.shown(tasks, field).isEmpty();
        world.run().recordReading("the other image field of a task", shown ? "shown" : "not shown");
        if (!shown) {
            throw new TestAbortedException("the tasks of a job created with an " + createdWith + " show no " + field
                    + " (reading R-image-choice: the platform may leave it out)");
        }
    }

    @Then("each task runs the command the job was created with")
    public void eachTaskRunsTheCommand() {
        eachTaskHas(JobFields.COMMAND, context.job().config(JobFields.COMMAND).asText(""));
    }

    @Then("each task names the spec the job was created with, with the name and resources the list of resource "
            + "specs gives it")
    public void eachTaskNamesTheSpec() {
        JsonNode spec = context.job().placement().spec();
        eachTaskHas(JobFields.SPEC_ID, context.job().config(JobFields.SPEC_ID).asText());
        eachTaskHas("specName", spec.path("resourceSpecName").asText());
        TaskChecks.specInfoOf(tasks(), spec);
    }

    /** Reading R-task-status: a platform may give a task a status; where it does, it is a state of 6.3.4. */
    @Then("each task's own status, where the platform gives one, is a state of table 4")
    public void eachTasksStatusIsAState() {
        List<JsonNode> withStatus = tasks().stream().filter(task -> task.has("status")).toList();
        if (withStatus.isEmpty()) {
            world.run().recordReading("R-task-status", "tasks carry no status");
            throw new TestAbortedException("the platform gives tasks no status of their own (reading R-task-status)");
        }
        world.run().recordReading("R-task-status", "tasks carry a status");
        TaskChecks.statusesOfTable4(withStatus);
    }

    private void eachTaskHas(String field, String expected) {
        TaskChecks.eachHas(tasks(), field, expected);
    }

    private JsonNode detail() {
        Expect.success(world.response());
        return world.response().json();
    }

    private List<JsonNode> tasks() {
        return TaskChecks.tasks(detail());
    }
}
