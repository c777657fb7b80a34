package org.aicnet.server.idle;

import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.capacity.ResourceRecords;
import org.aicnet.server.standard.Cpu;
import org.aicnet.server.standard.Memory;
import org.aicnet.server.standard.Processor;

/** A.18: an amount of resources (a center's total or idle ones, one node's idle ones) as 6.3 describes them. */
record ResourceAmount(Cpu cpu, Memory memory, Processor processor) {

    static ResourceAmount of(ResourceShape shape) {
        return new ResourceAmount(ResourceRecords.cpu(shape), ResourceRecords.memory(shape),
                ResourceRecords.processor(shape));
    }
}
