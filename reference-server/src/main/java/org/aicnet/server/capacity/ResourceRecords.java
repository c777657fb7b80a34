package org.aicnet.server.capacity;

import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.standard.Cpu;
import org.aicnet.server.standard.Memory;
import org.aicnet.server.standard.Processor;

/** The resource records of the responses (6.3.1-6.3.3, memory in GiB) that show a {@link ResourceShape}. */
public final class ResourceRecords {

    /** 6.3.3: the memory unit of every size the server reports. */
    public static final String MEMORY_UNIT = "GiB";

    private ResourceRecords() {
    }

    public static Cpu cpu(ResourceShape shape) {
        return new Cpu(shape.cpuArch(), shape.coreNum());
    }

    public static Memory memory(ResourceShape shape) {
        return new Memory(shape.memoryGiB(), MEMORY_UNIT);
    }

    public static Processor processor(ResourceShape shape) {
        return new Processor(shape.processorType(), shape.processorNum(), shape.productName(),
                shape.processorMemory());
    }
}
