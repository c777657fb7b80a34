package org.aicnet.server.jobs;

import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.capacity.ResourceRecords;
import org.aicnet.server.config.SpecConfig;
import org.aicnet.server.standard.Cpu;
import org.aicnet.server.standard.Memory;
import org.aicnet.server.standard.Processor;

/** A.45: the resources of the spec a task runs with. */
record SpecInfo(Cpu cpu, Processor processor, Memory memory) {

    static SpecInfo of(SpecConfig spec) {
        ResourceShape shape = spec.demand();
        return new SpecInfo(ResourceRecords.cpu(shape), ResourceRecords.processor(shape),
                ResourceRecords.memory(shape));
    }
}
