package org.aicnet.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.KitError;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.jobs.Jobs;
import org.aicnet.conformance.lists.AnnexLists;
import org.aicnet.conformance.lists.DatasetChecks;
import org.aicnet.conformance.lists.ListWalker;
import org.aicnet.conformance.lists.Walk;
import org.aicnet.conformance.operations.OperationRequests;
import org.aicnet.conformance.platform.ApiRequest;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.run.Cleanup;
import org.aicnet.schemas.standard.ApiPaths;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Uploading a dataset (7.3.6, tables A.27-A.29) as multipart/form-data, whole or with one field wrong or left out,
 * and finding it again in GET /datasets (reading R-uploaded-datasets). Every upload is destructive and recorded for
 * the cleanup the moment the platform answers with an id.
 */
public final class DatasetSteps {

    private static final String DESC = "uploaded by the T/AI 123.8 conformance suite";
    private static final String LABELS = "conformance,check";

    private final World world;
    private final Jobs jobs;
    private String title;
    private byte[] file;
    private boolean described;

    public DatasetSteps(World world, Jobs jobs) {
        this.world = world;
        this.jobs = jobs;
    }

    @When("the user uploads a dataset file with its MD5, title and size")
    public void theUserUploadsADataset() {
        upload(List.of(), null, null, false);
    }

    @When("the user uploads a dataset file with its MD5, title, size, description and labels")
    public void theUserUploadsADescribedDataset() {
        upload(List.of(), null, null, true);
    }

    @When("the user uploads a dataset leaving out its {word}")
    public void theUserUploadsLeavingOut(String field) {
        if (!List.of("md5", "title", "file", "size").contains(field)) {
            throw new IllegalArgumentException("kit defect: " + field + " is no required field of A.28");
        }
        upload(List.of(field), null, null, false);
    }

    @When("the user uploads a dataset whose MD5 is not the file's")
    public void theUserUploadsWithAWrongMd5() {
        upload(List.of(), OperationRequests.md5("another file".getBytes(StandardCharsets.UTF_8)), null, false);
    }

    @When("the user uploads a dataset whose size is {string}")
    public void theUserUploadsWithTheSize(String size) {
        upload(List.of(), null, size, false);
    }

    @Then("the new dataset is listed for the user with its title, size and owner")
    public void theNewDatasetIsListed() {
        JsonNode dataset = DatasetChecks.listed(listed(), id());
        DatasetChecks.field(dataset, id(), "title", title);
        DatasetChecks.field(dataset, id(), "owner", world.config().primaryUser().name());
        DatasetChecks.size(dataset, id(), file.length);
    }

    @Then("the new dataset is listed with its description and labels")
    public void theNewDatasetIsListedWithItsDescriptionAndLabels() {
        if (!described) {
            throw new IllegalStateException("kit defect: the dataset was uploaded without description and labels");
        }
        JsonNode dataset = DatasetChecks.listed(listed(), id());
        DatasetChecks.field(dataset, id(), "desc", DESC);
        DatasetChecks.field(dataset, id(), "labels", LABELS);
    }

    @Then("no dataset of that title is listed for the user")
    public void noDatasetOfThatTitleIsListed() {
        List<String> same = new ArrayList<>();
        withTitle().forEach(dataset -> same.add(AnnexLists.DATASETS.id(dataset)));
        DatasetChecks.notKept(title, same);
    }

    private void upload(List<String> leftOut, String md5, String size, boolean describe) {
        world.requireDestructive();
        title = jobs.newName("dataset");
        file = ("T/AI 123.8 conformance suite, run " + world.run().runId() + ", dataset " + title + "\n")
                .getBytes(StandardCharsets.UTF_8);
        described = describe;
        ApiRequest request = world.client().post(ApiPaths.DATASET_UPLOAD).token(world.token());
        if (!leftOut.contains("md5")) {
            request.field("md5", md5 != null ? md5 : OperationRequests.md5(file));
        }
        if (!leftOut.contains("title")) {
            request.field("title", title);
        }
        if (!leftOut.contains("size")) {
            request.field("size", size != null ? size : String.valueOf(file.length));
        }
        if (describe) {
            request.field("desc", DESC).field("labels", LABELS);
        }
        if (!leftOut.contains("file")) {
            request.file("file", title + ".txt", file);
        }
        ApiResponse response = world.respond(request.send());
        if (response.status() / 100 == 2) {
            String id = response.json().path("id").asText("");
            if (!id.isEmpty()) {
                world.run().cleanup().created(Cleanup.Kind.DATASET, id, world.config().primaryUser().name());
                world.remember("dataset", id);
            }
        }
    }

    private String id() {
        return DatasetChecks.answeredWithId(world.knows("dataset") ? Optional.of(world.recall("dataset"))
                : Optional.empty(), world.response());
    }

    private Optional<JsonNode> listed() {
        String id = id();
        return withTitle().stream().filter(dataset -> id.equals(AnnexLists.DATASETS.id(dataset))).findFirst();
    }

    /**
     * The datasets listed with the upload's title: from the whole list, or where it is too long to walk, from the
     * list searched for the title (A.24 query); a list that cannot be walked either way leaves the check undecided.
     */
    private List<JsonNode> withTitle() {
        ListWalker lists = new ListWalker(world.client(), world.token(), response -> { });
        Walk all = lists.walk(AnnexLists.DATASETS, Map.of(), null);
        if (!all.complete()) {
            all = lists.walk(AnnexLists.DATASETS, Map.of("query", title), null);
        }
        List<JsonNode> same = all.items().stream().filter(dataset -> title.equals(dataset.path("title").asText()))
                .toList();
        if (same.isEmpty() && !all.complete()) {
            throw new KitError("GET /datasets lists more datasets than the suite walks (" + all.extent()
                    + "), even searched for '" + title + "': cannot tell whether the upload is listed");
        }
        return same;
    }
}
