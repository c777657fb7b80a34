package org.aicnet.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.lists.AnnexLists;
import org.aicnet.conformance.lists.ImageChecks;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What is particular to the images of 7.3.4. */
public final class ImageSteps {

    /** The processors A.22 lists for an image. */
    private static final List<String> A22_PROCESSORS = List.of("GPU", "NPU");

    private final World world;
    private final ListFindings found;

    public ImageSteps(World world, ListFindings found) {
        this.world = world;
        this.found = found;
    }

    /**
     * Reading R-image-processor leaves the list of processor types open, but a type that A.22 or 6.3.2 names is
     * written as they write it: "gpu" is not the value "GPU" of A.22.
     */
    @Then("every image's processor that A.22 or 6.3.2 names is written as they write it")
    public void theNamedProcessorsAreWrittenAsTheStandardWritesThem() {
        if (found.all == null || found.all.list() != AnnexLists.IMAGES) {
            throw new IllegalStateException("kit defect: the images were not listed");
        }
        ImageChecks.processorsWrittenAsTheStandard(found.all.items());
    }

    /** Reading R-image-processor: any processor type of 6.3.2 is accepted; those beyond A.22's are recorded. */
    @Then("the processors of the images that A.22 does not list are recorded")
    public void theOtherProcessorsAreRecorded() {
        if (found.all == null || found.all.list() != AnnexLists.IMAGES) {
            throw new IllegalStateException("kit defect: the images were not listed");
        }
        Set<String> others = new TreeSet<>();
        for (JsonNode image : found.all.items()) {
            String processor = image.path("processor").asText();
            if (!A22_PROCESSORS.contains(processor)) {
                others.add(processor);
            }
        }
        world.run().recordReading("image processors beyond GPU and NPU (A.22)",
                others.isEmpty() ? "none" : String.join(", ", others));
    }
}
