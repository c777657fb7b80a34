package org.aicnet.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.lists.AnnexLists;
import org.aicnet.conformance.lists.ListWalker;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.conformance.resources.IdleResourceChecks;
import org.aicnet.conformance.resources.ResourceTypeChecks;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.opentest4j.TestAbortedException;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The idle resources of 7.3.3 (tables A.13-A.18) and the data types of 6.3.1-6.3.3 (cpu, processor, memory) as the
 * resource specs and the idle resources show them.
 */
public final class ResourceSteps {

    private final World world;
    /** The answers to GET /resource/idle?centerId=..., by the center asked for. */
    private final Map<String, JsonNode> idleByCenter = new LinkedHashMap<>();
    private final Map<String, JsonNode> centers = new LinkedHashMap<>();
    /** cpu, memory and processor objects, by where they were found. */
    private final Map<String, JsonNode> cpus = new LinkedHashMap<>();
    private final Map<String, JsonNode> memories = new LinkedHashMap<>();
    private final Map<String, JsonNode> processors = new LinkedHashMap<>();

    public ResourceSteps(World world) {
        this.world = world;
    }

    @When("the user asks for the idle resources")
    public void theUserAsksForTheIdleResources() {
        world.respond(world.client().get(ApiPaths.IDLE).token(world.token()).send());
    }

    @When("the user asks for the idle resources of a center that does not exist")
    public void theUserAsksForTheIdleResourcesOfAnUnknownCenter() {
        world.respond(world.client().get(ApiPaths.IDLE).token(world.token())
                .query("centerId", "aicnet-unknown-" + world.run().runId()).send());
    }

    @When("the user asks for the idle resources of each computing center")
    public void theUserAsksForTheIdleResourcesOfEachCenter() {
        for (JsonNode center : centers().values()) {
            String id = center.path("centerId").asText();
            ApiResponse response = world.respond(world.client().get(ApiPaths.IDLE).token(world.token())
                    .query("centerId", id).send());
            Expect.success(response);
            idleByCenter.put(id, Expect.schema(response, TableSchemas.IDLE_RESOURCES_RESPONSE));
        }
        if (idleByCenter.isEmpty()) {
            throw new TestAbortedException("the platform lists no computing center to ask about");
        }
    }

    @Then("the idle resources name each computing center at most once")
    public void theIdleResourcesNameEachCenterAtMostOnce() {
        JsonNode body = Expect.schema(world.response(), TableSchemas.IDLE_RESOURCES_RESPONSE);
        Map<String, JsonNode> known = centers();
        List<String> disconnectedLeftOut = IdleResourceChecks.eachCenterAtMostOnce(body, known);
        if (known.values().stream().anyMatch(center -> !center.path("connected").asBoolean(true))) {
            world.run().recordReading("idle resources of disconnected centers",
                    disconnectedLeftOut.isEmpty() ? "listed" : "left out");
        }
    }

    @Then("each answer holds the idle resources of the center asked for and of no other")
    public void eachAnswerHoldsTheCenterAskedFor() {
        idleByCenter.forEach((id, body) -> IdleResourceChecks.ofThatCenterAlone(id, body,
                centers().get(id).path("connected").asBoolean(false)));
    }

    @Then("no idle resources are listed")
    public void noIdleResourcesAreListed() {
        JsonNode body = Expect.schema(world.response(), TableSchemas.IDLE_RESOURCES_RESPONSE);
        IdleResourceChecks.none(body);
    }

    @Then("every node entry shows the cpu, memory and processor of a node and how many nodes have them")
    public void everyNodeEntryShowsItsResources() {
        JsonNode body = Expect.schema(world.response(), TableSchemas.IDLE_RESOURCES_RESPONSE);
        int entries = 0;
        for (JsonNode center : body.path("centerResources")) {
            for (JsonNode node : center.path("nodeResources")) {
                entries++;
                IdleResourceChecks.nodeEntryShape(center, node, TableSchemas.NODE_RESOURCE);
                recordNodeCount(node.path("nodeCount"));
            }
        }
        if (entries == 0) {
            throw new TestAbortedException("the platform lists no idle node: the node entries cannot be observed");
        }
    }

    @Then("no two node entries of a center describe the same resources")
    public void noTwoNodeEntriesDescribeTheSameResources() {
        JsonNode body = Expect.schema(world.response(), TableSchemas.IDLE_RESOURCES_RESPONSE);
        int entries = 0;
        for (JsonNode center : body.path("centerResources")) {
            Set<JsonNode> specs = new HashSet<>();
            for (JsonNode node : center.path("nodeResources")) {
                entries++;
                IdleResourceChecks.distinctNodeEntries(center, specs, node);
                recordNodeCount(node.path("nodeCount"));
            }
        }
        if (entries < 2) {
            throw new TestAbortedException("the platform lists fewer than two idle node entries: nothing to compare");
        }
    }

    // ---- data types of 6.3

    @When("the user looks at the resources the resource specs and the idle resources describe")
    public void theUserLooksAtTheResources() {
        for (JsonNode spec : new ListWalker(world.client(), world.token(), world::respond)
                .walk(AnnexLists.SPECS, Map.of(), null).items()) {
            collect("resource spec " + spec.path("resourceSpecId").asText(), spec);
        }
        ApiResponse idle = world.respond(world.client().get(ApiPaths.IDLE).token(world.token()).send());
        Expect.success(idle);
        for (JsonNode center : Expect.json(idle).path("centerResources")) {
            String where = "idle resources of " + center.path("centerId").asText();
            collect(where + ", total", center.path("totalResource"));
            collect(where + ", idle", center.path("idleResource"));
            int i = 0;
            for (JsonNode node : center.path("nodeResources")) {
                collect(where + ", node entry " + ++i, node.path("resourceSpec"));
            }
        }
    }

    @Then("every cpu shows its architecture and its number of cores")
    public void everyCpuShowsItsFields() {
        conform(cpus, TableSchemas.CPU, "cpu");
    }

    @Then("every processor shows its type, number, product name and memory")
    public void everyProcessorShowsItsFields() {
        conform(processors, TableSchemas.PROCESSOR, "processor");
    }

    @Then("every processor's product name reads vendor, type and model")
    public void everyProductNameReadsVendorTypeModel() {
        require(processors, "processor");
        ResourceTypeChecks.productNames(processors);
    }

    @Then("every memory shows its size and its unit")
    public void everyMemoryShowsItsFields() {
        conform(memories, TableSchemas.MEMORY, "memory");
    }

    private void collect(String where, JsonNode resources) {
        if (resources.has("cpu")) {
            cpus.put(where, resources.get("cpu"));
        }
        if (resources.has("memory")) {
            memories.put(where, resources.get("memory"));
        }
        if (resources.has("processor")) {
            processors.put(where, resources.get("processor"));
        }
    }

    private void conform(Map<String, JsonNode> objects, String schema, String kind) {
        require(objects, kind);
        ResourceTypeChecks.shapes(objects, schema, kind);
    }

    private static void require(Map<String, JsonNode> objects, String kind) {
        if (objects.isEmpty()) {
            throw new TestAbortedException("the platform shows no " + kind + " object in its resource specs and idle"
                    + " resources: the data type cannot be observed");
        }
    }

    /** Reading R-nodecount-type: A.17 types nodeCount String; an integer is accepted too, and recorded. */
    private void recordNodeCount(JsonNode nodeCount) {
        world.run().recordReading("nodeResource.nodeCount (A.17)",
                nodeCount.isTextual() ? "decimal string" : "integer");
    }

    private Map<String, JsonNode> centers() {
        if (centers.isEmpty()) {
            for (JsonNode center : new ListWalker(world.client(), world.token(), response -> { })
                    .walk(AnnexLists.CENTERS, Map.of(), null).items()) {
                centers.put(center.path("centerId").asText(), center);
            }
        }
        return centers;
    }
}
