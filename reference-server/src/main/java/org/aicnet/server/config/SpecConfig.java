package org.aicnet.server.config;

import org.aicnet.server.backend.ResourceShape;

/** A resource spec (A.12): what one task of a job gets on its node. */
public record SpecConfig(String id, String name, CpuConfig cpu, MemoryConfig memory, ProcessorConfig processor) {

    /** What one task of a job of this spec takes from its node. */
    public ResourceShape demand() {
        return ConfiguredShape.of(cpu, memory, processor);
    }
}
