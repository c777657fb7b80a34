package org.aicnet.server.config;

/** A resource spec (A.12): what one task of a job gets on its node. */
public record SpecConfig(String id, String name, CpuConfig cpu, MemoryConfig memory, ProcessorConfig processor) {
}
