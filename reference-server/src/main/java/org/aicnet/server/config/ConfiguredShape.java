package org.aicnet.server.config;

import org.aicnet.server.backend.ResourceShape;

/** The cpu, memory and processor of a configured node or spec as one {@link ResourceShape}; no processor, no cards. */
final class ConfiguredShape {

    private ConfiguredShape() {
    }

    static ResourceShape of(CpuConfig cpu, MemoryConfig memory, ProcessorConfig processor) {
        ProcessorConfig cards = processor == null ? new ProcessorConfig("", 0, "", 0) : processor;
        return new ResourceShape(cpu.arch(), cpu.coreNum(), cards.processorType(), cards.processorNum(),
                cards.productName(), cards.processorMemory(), memory.memorySize());
    }
}
