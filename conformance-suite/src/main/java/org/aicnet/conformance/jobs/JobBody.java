package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aicnet.schemas.standard.JobFields;

/**
 * The body of POST /trainjob (A.31, A.32) or POST /onlineJob (A.57, A.58), built from a placement the platform
 * accepts and then changed one field at a time, so that a refusal has one cause (reading R-several-errors).
 * Fields are named as in the tables, those of the config as {@code config.specId}.
 */
public final class JobBody {

    private final ObjectNode json;

    private JobBody(ObjectNode json) {
        this.json = json;
    }

    /** A valid body: the name, the placement's center, spec and image, and the command; no description. */
    public static JobBody of(String name, Placement placement, String command) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put(JobFields.JOB_NAME, name);
        ObjectNode config = body.putObject(JobFields.CONFIG);
        config.putArray(JobFields.CENTER_ID).add(placement.centerId());
        config.put(JobFields.SPEC_ID, placement.specId());
        config.put(JobFields.IMAGE_ID, placement.imageId());
        config.put(JobFields.COMMAND, command);
        return new JobBody(body);
    }

    public JobBody set(String field, JsonNode value) {
        parentOf(field).set(leaf(field), value);
        return this;
    }

    public JobBody set(String field, String value) {
        return set(field, JsonNodeFactory.instance.textNode(value));
    }

    public JobBody set(String field, long value) {
        return set(field, JsonNodeFactory.instance.numberNode(value));
    }

    public JobBody remove(String field) {
        parentOf(field).remove(leaf(field));
        return this;
    }

    /** The value of a field, or a missing node. */
    public JsonNode get(String field) {
        JsonNode node = json;
        for (String part : field.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    /** The jobName sent, or null when it is not a string. */
    public String name() {
        JsonNode name = json.path(JobFields.JOB_NAME);
        return name.isTextual() ? name.asText() : null;
    }

    public ObjectNode json() {
        return json;
    }

    private ObjectNode parentOf(String field) {
        int dot = field.lastIndexOf('.');
        if (dot < 0) {
            return json;
        }
        JsonNode parent = get(field.substring(0, dot));
        if (!parent.isObject()) {
            throw new IllegalStateException("kit defect: " + field.substring(0, dot) + " is not an object in " + json);
        }
        return (ObjectNode) parent;
    }

    private static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
