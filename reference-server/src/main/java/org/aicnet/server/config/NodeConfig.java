package org.aicnet.server.config;

/** {@code count} identical nodes of a center. */
public record NodeConfig(CpuConfig cpu, MemoryConfig memory, ProcessorConfig processor, int count) {
}
