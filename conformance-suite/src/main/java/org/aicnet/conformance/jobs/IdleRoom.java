package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an answer of GET /resource/idle (A.17, A.18) says there is room for, on the placement's center: the idle
 * nodes able to hold its spec, and how many one-node jobs of the spec fit on them side by side. Nothing of any
 * platform is assumed beyond the answer: a node group holds as many jobs as each of its accelerators, cores and
 * memory (of like unit) allows, times its node count.
 */
final class IdleRoom {

    private IdleRoom() {
    }

    /** The idle nodes of the placement's center that could each hold its spec. */
    static long nodesAbleToHold(JsonNode idle, Placement placement) {
        long nodes = 0;
        for (JsonNode node : nodesOf(idle, placement)) {
            if (holds(node.path("resourceSpec"), placement.spec())) {
                nodes += count(node.path("nodeCount"));
            }
        }
        return nodes;
    }

    /** How many one-node jobs of the placement's spec the center's idle nodes hold side by side. */
    static long jobsOfSpec(JsonNode idle, Placement placement) {
        long jobs = 0;
        for (JsonNode node : nodesOf(idle, placement)) {
            JsonNode resources = node.path("resourceSpec");
            if (holds(resources, placement.spec())) {
                jobs += count(node.path("nodeCount")) * perNode(resources, placement.spec());
            }
        }
        return jobs;
    }

    /** Whether an idle node's resources (A.18) hold a spec: processor type, cards, cores and memory of like unit. */
    static boolean holds(JsonNode node, JsonNode spec) {
        JsonNode type = spec.at("/processor/processorType");
        boolean processor = !type.isTextual()
                || type.asText().equalsIgnoreCase(node.at("/processor/processorType").asText())
                && node.at("/processor/processorNum").asLong() >= spec.at("/processor/processorNum").asLong();
        boolean memory = !sameMemoryUnit(node, spec)
                || node.at("/memory/memorySize").asLong() >= spec.at("/memory/memorySize").asLong();
        return processor && memory && node.at("/cpu/coreNum").asLong() >= spec.at("/cpu/coreNum").asLong();
    }

    /** A node count of A.17: a decimal string or an integer (reading R-nodecount-type); 0 where it is neither. */
    static long count(JsonNode nodeCount) {
        if (nodeCount.isIntegralNumber()) {
            return nodeCount.asLong();
        }
        try {
            return Long.parseLong(nodeCount.asText().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Jobs of the spec one node that holds it fits: the fewest its cards, cores and memory allow, at least 1. */
    private static long perNode(JsonNode node, JsonNode spec) {
        long fit = Long.MAX_VALUE;
        fit = Math.min(fit, times(node.at("/processor/processorNum"), spec.at("/processor/processorNum")));
        fit = Math.min(fit, times(node.at("/cpu/coreNum"), spec.at("/cpu/coreNum")));
        if (sameMemoryUnit(node, spec)) {
            fit = Math.min(fit, times(node.at("/memory/memorySize"), spec.at("/memory/memorySize")));
        }
        return fit == Long.MAX_VALUE ? 1 : Math.max(1, fit);
    }

    private static long times(JsonNode has, JsonNode needs) {
        long need = needs.asLong(0);
        return need > 0 ? has.asLong(0) / need : Long.MAX_VALUE;
    }

    private static boolean sameMemoryUnit(JsonNode node, JsonNode spec) {
        return spec.at("/memory/memoryUnit").asText().equals(node.at("/memory/memoryUnit").asText());
    }

    private static Iterable<JsonNode> nodesOf(JsonNode idle, Placement placement) {
        java.util.List<JsonNode> nodes = new java.util.ArrayList<>();
        for (JsonNode center : idle.path("centerResources")) {
            if (center.path("centerId").asText().equals(placement.centerId())) {
                center.path("nodeResources").forEach(nodes::add);
            }
        }
        return nodes;
    }
}
