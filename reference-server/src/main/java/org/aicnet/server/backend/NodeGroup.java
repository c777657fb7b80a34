package org.aicnet.server.backend;

/** {@code count} nodes of the same shape; 7.3.3 counts identical nodes together. */
public record NodeGroup(ResourceShape shape, int count) {
}
