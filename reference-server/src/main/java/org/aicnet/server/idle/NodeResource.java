package org.aicnet.server.idle;

/** A.17: {@code nodeCount} nodes with these idle resources; the count is a decimal string (reading R-nodeCount). */
record NodeResource(ResourceAmount resourceSpec, String nodeCount) {
}
