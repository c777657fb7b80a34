package org.aicnet.server.specs;

import org.aicnet.server.config.SpecConfig;
import org.aicnet.server.standard.Cpu;
import org.aicnet.server.standard.Memory;
import org.aicnet.server.standard.Processor;

/** A.12: one resource spec. */
record ResourceSpec(String resourceSpecId, String resourceSpecName, Cpu cpu, Memory memory, Processor processor) {

    static ResourceSpec of(SpecConfig spec) {
        return new ResourceSpec(spec.id(), spec.name(),
                new Cpu(spec.cpu().arch(), spec.cpu().coreNum()),
                new Memory(spec.memory().memorySize(), spec.memory().memoryUnit()),
                new Processor(spec.processor().processorType(), spec.processor().processorNum(),
                        spec.processor().productName(), spec.processor().processorMemory()));
    }
}
