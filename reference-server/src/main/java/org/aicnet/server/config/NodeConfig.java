package org.aicnet.server.config;

import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.ResourceShape;

/** {@code count} identical nodes of a center. */
public record NodeConfig(CpuConfig cpu, MemoryConfig memory, ProcessorConfig processor, int count) {

    /** What one node of this group has. */
    public ResourceShape shape() {
        return ConfiguredShape.of(cpu, memory, processor);
    }

    public NodeGroup group() {
        return new NodeGroup(shape(), count);
    }
}
