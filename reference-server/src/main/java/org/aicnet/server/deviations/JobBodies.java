package org.aicnet.server.deviations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aicnet.schemas.standard.JobFields;

/** What lenient platforms do to a job body's config before they check it. */
final class JobBodies {

    private JobBodies() {
    }

    /** A string of decimal digits as config.nodeCount, read as the integer (what a lenient reader accepts). */
    static void digitsAsInteger(ObjectNode config) {
        JsonNode nodes = config.path(JobFields.NODE_COUNT);
        if (nodes.isTextual() && nodes.asText().matches("[0-9]{1,18}")) {
            config.put(JobFields.NODE_COUNT, Long.parseLong(nodes.asText()));
        }
    }

    /** config.nodeCount 0 taken as 1. */
    static void zeroNodesAsOne(ObjectNode config) {
        JsonNode nodes = config.path(JobFields.NODE_COUNT);
        if (nodes.isIntegralNumber() && nodes.asLong() == 0) {
            config.put(JobFields.NODE_COUNT, 1);
        }
    }
}
