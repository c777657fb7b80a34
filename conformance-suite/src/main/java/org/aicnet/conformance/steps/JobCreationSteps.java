package org.aicnet.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.KitError;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.jobs.JobBody;
import org.aicnet.conformance.jobs.JobChecks;
import org.aicnet.conformance.jobs.JobKind;
import org.aicnet.conformance.jobs.Jobs;
import org.aicnet.conformance.jobs.Placement;
import org.aicnet.conformance.jobs.SharedJob;
import org.aicnet.conformance.jobs.TrackedJob;
import org.aicnet.conformance.lists.AnnexList;
import org.aicnet.conformance.lists.AnnexLists;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.ListQueries;
import org.opentest4j.TestAbortedException;

import java.util.List;
import java.util.Map;

/**
 * Creating training jobs (7.4.1, A.30-A.34) and online jobs (7.4.8, A.56-A.60): valid requests built from what the
 * platform lists, and requests with exactly one thing wrong (reading R-several-errors).
 */
public final class JobCreationSteps {

    /** A.32 node counts no platform can place (reading R-nodecount-range): a million nodes for one job. */
    private static final long MORE_NODES_THAN_ANY_PLATFORM = 1_000_000;

    private final World world;
    private final Jobs jobs;
    private final JobContext context;

    public JobCreationSteps(World world, Jobs jobs, JobContext context) {
        this.world = world;
        this.jobs = jobs;
        this.context = context;
    }

    @When("{actor} creates a(n) {jobKind} running the {jobCommand}")
    public void createsRunning(Credentials actor, JobKind kind, JobCommand command) {
        context.job(jobs.create(kind, actor, placement -> JobBody.of(jobs.newName("new"), placement,
                command.of(world.config()))));
    }

    @When("the user creates a training job with a name of {int} characters and a description, running the {jobCommand}")
    public void createsWithLongName(int length, JobCommand command) {
        context.job(jobs.create(JobKind.TRAINING, jobs.user(), placement -> JobBody.of(nameOfLength(length),
                placement, command.of(world.config())).set(JobFields.JOB_DESC, "aicnet conformance check, run "
                + world.run().runId())));
    }

    @When("the user creates an online job")
    public void createsOnlineJob() {
        TrackedJob job = jobs.create(JobKind.ONLINE, jobs.user(), placement -> JobBody.of(jobs.newName("svc"),
                placement, commandOf(JobKind.ONLINE)));
        context.job(job);
        jobs.offer(SharedJob.ONLINE, job);
    }

    @When("the user creates a(n) {jobKind} without naming a center")
    public void createsWithoutCenter(JobKind kind) {
        create(kind, body -> body.remove(centers()));
    }

    @When("the user creates a(n) {jobKind} with an empty list of centers")
    public void createsWithEmptyCenters(JobKind kind) {
        create(kind, body -> body.set(centers(), body.json().arrayNode()));
    }

    @When("the user creates a(n) {jobKind} naming both an image id and an image url")
    public void createsWithBothImages(JobKind kind) {
        // A.32: with both, imageId wins (reading R-image-choice); the URL is the configured one where there is one.
        String url = world.config().imageUrl().orElse("https://registry.example.com/aicnet/conformance:latest");
        create(kind, body -> body.set(JobFields.CONFIG + "." + JobFields.IMAGE_URL, url));
    }

    @When("the user creates a(n) {jobKind} from the configured image url")
    public void createsFromImageUrl(JobKind kind) {
        String url = world.config().imageUrl().orElseThrow(() -> new TestAbortedException(
                "no image URL configured (--image-url): the check needs a public image this platform can run"));
        create(kind, body -> body.remove(JobFields.CONFIG + "." + JobFields.IMAGE_ID)
                .set(JobFields.CONFIG + "." + JobFields.IMAGE_URL, url));
    }

    @When("the user creates a(n) {jobKind} with a description of {int} characters")
    public void createsWithDescription(JobKind kind, int length) {
        create(kind, body -> body.set(JobFields.JOB_DESC, text(length)));
    }

    @When("the user creates an online job with a description of {int} characters, serving on port {int}")
    public void createsOnlineJobWithDescriptionAndPort(int length, int port) {
        create(JobKind.ONLINE, body -> body.set(JobFields.JOB_DESC, text(length))
                .set(JobFields.CONFIG + "." + JobFields.PORT, port));
    }

    @When("the user creates an online job named like one of the user's training jobs")
    public void createsOnlineJobNamedLikeTrainingJob() {
        String name = jobs.shared(SharedJob.SUCCEEDED).name();
        create(JobKind.ONLINE, body -> body.set(JobFields.JOB_NAME, name));
    }

    @When("the user submits a(n) {jobKind} without a(n) {jobField}")
    public void submitsWithout(JobKind kind, String field) {
        JobBody body = valid(kind);
        if (field.equals(JobParameterTypes.IMAGE)) {
            body.remove(JobFields.CONFIG + "." + JobFields.IMAGE_ID).remove(JobFields.CONFIG + "." + JobFields.IMAGE_URL);
        } else {
            body.remove(field);
        }
        jobs.submit(kind, body, jobs.user());
    }

    @When("the user submits a(n) {jobKind} whose {jobField} is the number {long}")
    public void submitsWithNumber(JobKind kind, String field, long value) {
        jobs.submit(kind, valid(kind).set(field, value), jobs.user());
    }

    @When("the user submits a(n) {jobKind} whose {jobField} is the text {string}")
    public void submitsWithText(JobKind kind, String field, String value) {
        jobs.submit(kind, valid(kind).set(field, value), jobs.user());
    }

    @When("the user submits a(n) {jobKind} whose {jobField} is {int} characters long")
    public void submitsWithLength(JobKind kind, String field, int length) {
        String value = field.equals(JobFields.JOB_NAME) ? nameOfLength(length) : text(length);
        jobs.submit(kind, valid(kind).set(field, value), jobs.user());
    }

    @When("the user submits a(n) {jobKind} whose name contains {string}")
    public void submitsWithNameContaining(JobKind kind, String characters) {
        String base = jobs.newName("c");
        base = base.substring(0, Math.min(base.length(), JobFields.JOB_NAME_MAX - characters.length() - 1));
        jobs.submit(kind, valid(kind).set(JobFields.JOB_NAME, base + characters + "x"), jobs.user());
    }

    @When("the user submits a(n) {jobKind} named like one of the user's {jobKind}s")
    public void submitsNamedLike(JobKind kind, JobKind existing) {
        String name = jobs.shared(existing == JobKind.TRAINING ? SharedJob.SUCCEEDED : SharedJob.ONLINE).name();
        jobs.submit(kind, valid(kind).set(JobFields.JOB_NAME, name), jobs.user());
    }

    @When("the user submits a(n) {jobKind} naming an unknown center")
    public void submitsWithUnknownCenter(JobKind kind) {
        JobBody body = valid(kind);
        body.set(centers(), body.json().arrayNode().add(jobs.newName("no-center")));
        jobs.submit(kind, body, jobs.user());
    }

    /**
     * 0210 for a disconnected center, with a spec and an image that center lists, so that 0210 is the only error
     * the request has; SKIP where the platform lists no such center, or it lists no spec or image for it.
     */
    @When("the user submits a(n) {jobKind} naming a disconnected center")
    public void submitsWithDisconnectedCenter(JobKind kind) {
        JsonNode center = read(AnnexLists.CENTERS, Map.of("connected", "false")).stream()
                .filter(item -> item.path("connected").asText().equals("false")).findFirst()
                .orElseThrow(() -> new TestAbortedException("GET /centers?connected=false lists no disconnected "
                        + "center"));
        String centerId = center.path("centerId").asText();
        List<JsonNode> specs = read(AnnexLists.SPECS, Map.of(ListQueries.CENTER_ID, centerId));
        List<JsonNode> images = read(AnnexLists.IMAGES, Map.of(ListQueries.CENTER_ID, centerId));
        if (specs.isEmpty() || images.isEmpty()) {
            throw new TestAbortedException("the disconnected center " + centerId + " lists no resource spec or no "
                    + "image, so no request could have 0210 as its only error");
        }
        JsonNode spec = specs.get(0);
        JsonNode image = images.stream().filter(candidate -> Placement.fits(spec, candidate)).findFirst().orElse(images.get(0));
        JobBody body = JobBody.of(jobs.newName("off"), new Placement(center, spec, image), commandOf(kind));
        jobs.submit(kind, body, jobs.user());
    }

    @When("the user submits a(n) {jobKind} naming an unknown spec")
    public void submitsWithUnknownSpec(JobKind kind) {
        jobs.submit(kind, valid(kind).set(JobFields.CONFIG + "." + JobFields.SPEC_ID, jobs.newName("no-spec")),
                jobs.user());
    }

    @When("the user submits a(n) {jobKind} naming an unknown image")
    public void submitsWithUnknownImage(JobKind kind) {
        jobs.submit(kind, valid(kind).set(JobFields.CONFIG + "." + JobFields.IMAGE_ID, jobs.newName("no-image")),
                jobs.user());
    }

    @When("the user submits a(n) {jobKind} whose node count is more than any platform can place")
    public void submitsWithTooManyNodes(JobKind kind) {
        jobs.submit(kind, valid(kind).set(JobFields.CONFIG + "." + JobFields.NODE_COUNT, MORE_NODES_THAN_ANY_PLATFORM),
                jobs.user());
    }

    @Then("the job has the name it was given")
    public void theJobHasItsName() {
        TrackedJob job = context.job();
        Expect.equal("metadata.name", job.request().get(JobFields.JOB_NAME).asText(),
                job.created().at("/metadata/name").asText(null));
    }

    @Then("the job has the description it was given")
    public void theJobHasItsDescription() {
        TrackedJob job = context.job();
        Expect.equal("metadata.desc", job.request().get(JobFields.JOB_DESC).asText(),
                job.created().at("/metadata/desc").asText(null));
    }

    @Then("the job's description is empty")
    public void theJobsDescriptionIsEmpty() {
        Expect.equal("metadata.desc of a job created without jobDesc (A.31 default)", "",
                context.job().created().at("/metadata/desc").asText(null));
    }

    @Then("the job is PENDING or RUNNING")
    public void theJobIsPendingOrRunning() {
        JobChecks.pendingOrRunningWhenCreated(context.job());
    }

    @Then("the job carries the same user id as the user's other training jobs")
    public void theJobCarriesTheSameUserId() {
        TrackedJob job = context.job();
        TrackedJob other = jobs.shared(SharedJob.SUCCEEDED);
        if (other.id().equals(job.id())) {
            other = jobs.shared(SharedJob.FAILED);
        }
        Expect.equal("metadata.userId (the same for every job of the user, A.34)",
                other.created().at("/metadata/userId").asText(null), job.created().at("/metadata/userId").asText(null));
    }

    @Then("the job is among the user's training jobs")
    public void theJobIsListed() {
        JobChecks.listed(context.job(), jobs.trainingJobsOf(jobs.user()));
    }

    /** Reading R-delete-rules: a deleted job is no longer listed; R-online-job: online jobs never are. */
    @Then("the job is not among the user's training jobs")
    public void theJobIsNotListed() {
        JobChecks.notListed(context.job(), jobs.trainingJobsOf(jobs.user()));
    }

    private void create(JobKind kind, java.util.function.UnaryOperator<JobBody> change) {
        context.job(jobs.create(kind, jobs.user(), placement -> change.apply(JobBody.of(jobs.newName("new"),
                placement, commandOf(kind)))));
    }

    private JobBody valid(JobKind kind) {
        return jobs.body("bad", commandOf(kind));
    }

    private String commandOf(JobKind kind) {
        return kind == JobKind.ONLINE ? world.config().serviceCommand() : world.config().succeedingCommand();
    }

    private List<JsonNode> read(AnnexList list, Map<String, String> filters) {
        try {
            return jobs.list(list, filters, jobs.user()).items();
        } catch (AssertionError e) {
            throw new KitError("cannot read what the platform lists: " + e.getMessage(), e);
        }
    }

    /** A job name of exactly {@code length} characters of A.31, starting with the run's prefix. */
    private String nameOfLength(int length) {
        StringBuilder name = new StringBuilder(jobs.newName("len"));
        while (name.length() < length) {
            name.append('0');
        }
        return name.substring(0, length);
    }

    private static String text(int length) {
        return "aicnet conformance check ".repeat(length / 25 + 1).substring(0, length);
    }

    private static String centers() {
        return JobFields.CONFIG + "." + JobFields.CENTER_ID;
    }
}
