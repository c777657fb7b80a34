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

    public String centerName() {
        return center.path("centerName").asText();
    }

    public String specId() {
        return spec.path("resourceSpecId").asText();
    }

    public String imageId() {
        return image.path("imageId").asText();
    }

    @Override
    public String toString() {
        return "center " + centerId() + ", spec " + specId() + ", image " + imageId();
    }
}
