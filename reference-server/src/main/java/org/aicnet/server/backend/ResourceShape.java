package org.aicnet.server.backend;

/**
 * The resources of one node or of one task, as the data types of 6.3 describe them: cpu (6.3.1), AI processor
 * (6.3.2) and memory (6.3.3). Memory is in GiB; processor memory is per card, in GiB.
 */
public record ResourceShape(String cpuArch, int coreNum,
                            String processorType, int processorNum, String productName, int processorMemory,
                            int memoryGiB) {

    /** Whether a task of {@code demand} fits into what this shape still has free. */
    public boolean holds(ResourceShape demand) {
        return cpuArch.equalsIgnoreCase(demand.cpuArch)
                && coreNum >= demand.coreNum
                && memoryGiB >= demand.memoryGiB
                && (demand.processorNum == 0
                    || processorType.equalsIgnoreCase(demand.processorType)
                       && productName.equalsIgnoreCase(demand.productName)
                       && processorNum >= demand.processorNum);
    }

    /** What remains of this shape once {@code demand} is taken from it. */
    public ResourceShape minus(ResourceShape demand) {
        return new ResourceShape(cpuArch, coreNum - demand.coreNum, processorType,
                processorNum - demand.processorNum, productName, processorMemory, memoryGiB - demand.memoryGiB);
    }

    /** What this shape has once {@code released} is given back to it. */
    public ResourceShape plus(ResourceShape released) {
        return new ResourceShape(cpuArch, coreNum + released.coreNum, processorType,
                processorNum + released.processorNum, productName, processorMemory, memoryGiB + released.memoryGiB);
    }

    /** This shape {@code times} times over, as totals of several nodes. */
    public ResourceShape times(int times) {
        return new ResourceShape(cpuArch, coreNum * times, processorType, processorNum * times, productName,
                processorMemory, memoryGiB * times);
    }
}
