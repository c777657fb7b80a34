package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where and on what a job runs, as the platform itself lists it: a center of GET /centers, a resource spec of
 * GET /resource/specs and an image of GET /resource/images, each the item of its list.
 */
public record Placement(JsonNode center, JsonNode spec, JsonNode image) {

    public String centerId() {
        return center.path("centerId").asText();
    }

    public String specId() {
        return spec.path("resourceSpecId").asText();
    }

    public String imageId() {
        return image.path("imageId").asText();
    }

    /** An image fits a spec when its processor type and architecture are the spec's, where both name one. */
    public static boolean fits(JsonNode spec, JsonNode image) {
        return same(spec.at("/processor/processorType"), image.path("processor"))
                && same(spec.at("/cpu/arch"), image.path("arch"));
    }

    private static boolean same(JsonNode ofSpec, JsonNode ofImage) {
        boolean specSays = ofSpec.isTextual() && !ofSpec.asText().isEmpty();
        boolean imageSays = ofImage.isTextual() && !ofImage.asText().isEmpty();
        if (!specSays && !imageSays) {
            return true;
        }
        return specSays && imageSays && ofSpec.asText().equalsIgnoreCase(ofImage.asText());
    }

    @Override
    public String toString() {
        return "center " + centerId() + ", spec " + specId() + ", image " + imageId();
    }
}
