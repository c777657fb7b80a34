package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** The judgements particular to the images of 7.3.4 (table A.22, reading R-image-processor). */
public final class ImageChecks {

    /** The processor types 6.3.2 names, as it writes them. */
    private static final List<String> NAMED_PROCESSORS = List.of("GPU", "NPU", "MLU");

    private ImageChecks() {
    }

    /**
     * Reading R-image-processor leaves the list of processor types open, but a type that A.22 or 6.3.2 names is
     * written as they write it: "gpu" is not the value "GPU" of A.22.
     */
    public static void processorsWrittenAsTheStandard(List<JsonNode> images) {
        for (JsonNode image : images) {
            String processor = image.path("processor").asText();
            NAMED_PROCESSORS.stream().filter(named -> named.equalsIgnoreCase(processor) && !named.equals(processor))
                    .findFirst().ifPresent(named -> {
                        throw new AssertionError("the image " + image.path("imageId").asText() + " has the processor '"
                                + processor + "', which the standard writes '" + named + "' (A.22, 6.3.2)");
                    });
        }
    }
}
