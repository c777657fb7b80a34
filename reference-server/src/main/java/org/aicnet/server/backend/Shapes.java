package org.aicnet.server.backend;

import org.aicnet.server.config.CpuConfig;
import org.aicnet.server.config.MemoryConfig;
import org.aicnet.server.config.NodeConfig;
import org.aicnet.server.config.ProcessorConfig;
import org.aicnet.server.config.SpecConfig;
import org.aicnet.server.standard.Cpu;
import org.aicnet.server.standard.Memory;
import org.aicnet.server.standard.Processor;

import java.util.List;

/**
 * Between {@link ResourceShape} and the resource records of the configuration and of the responses (6.3.1-6.3.3,
 * memory in GiB).
 */
public final class Shapes {

    /** 6.3.3: the memory unit of every size the server reports. */
    public static final String MEMORY_UNIT = "GiB";

    private Shapes() {
    }

    /** What one task of a job of this spec takes from its node. */
    public static ResourceShape of(SpecConfig spec) {
        return of(spec.cpu(), spec.memory(), spec.processor());
    }

    /** What one node of this group has. */
    public static ResourceShape of(NodeConfig node) {
        return of(node.cpu(), node.memory(), node.processor());
    }

    public static List<NodeGroup> groups(List<NodeConfig> nodes) {
        return nodes.stream().map(node -> new NodeGroup(of(node), node.count())).toList();
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

    private static ResourceShape of(CpuConfig cpu, MemoryConfig memory, ProcessorConfig processor) {
        ProcessorConfig cards = processor == null ? new ProcessorConfig("", 0, "", 0) : processor;
        return new ResourceShape(cpu.arch(), cpu.coreNum(), cards.processorType(), cards.processorNum(),
                cards.productName(), cards.processorMemory(), memory.memorySize());
    }
}
