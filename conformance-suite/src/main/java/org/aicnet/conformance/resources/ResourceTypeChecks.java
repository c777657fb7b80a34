package org.aicnet.conformance.resources;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.platform.Expect;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The judgements of the data types of 6.3.1-6.3.3 (cpu, processor, memory) wherever the platform shows them. Each
 * throws an {@link AssertionError} naming what the standard or the reading asks and what the platform sent.
 */
public final class ResourceTypeChecks {

    /** Reading R-processor-fields: Vendor/TYPE/Model, as Nvidia/GPU/V100 or Huawei/NPU/Ascend910. */
    private static final Pattern PRODUCT_NAME = Pattern.compile("[^/\\s][^/]*/[^/\\s][^/]*/[^/\\s][^/]*");

    private ResourceTypeChecks() {
    }

    /** Every object of a kind ({@code kind}, by where it was found) has the shape of its schema. */
    public static void shapes(Map<String, JsonNode> objects, String schemaFile, String kind) {
        objects.forEach((where, object) -> Expect.shape("the " + kind + " of the " + where, object, schemaFile,
                schemaFile));
    }

    /** 6.3.2, reading R-processor-fields: a product name reads vendor, type and model. */
    public static void productNames(Map<String, JsonNode> processors) {
        processors.forEach((where, processor) -> {
            // a spec without accelerator (processorNum 0) has no product to name
            if (processor.path("processorNum").asInt(-1) == 0 && processor.path("productName").asText("").isEmpty()) {
                return;
            }
            String name = processor.path("productName").asText("");
            if (!PRODUCT_NAME.matcher(name).matches()) {
                throw new AssertionError("the processor of the " + where + " has the productName '" + name
                        + "', not of the form Vendor/TYPE/Model such as Nvidia/GPU/V100 (6.3.2, R-processor-fields)");
            }
        });
    }
}
