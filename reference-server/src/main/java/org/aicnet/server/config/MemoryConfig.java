package org.aicnet.server.config;

/** 6.3.3: memory size and unit (GiB). */
public record MemoryConfig(int memorySize, String memoryUnit) {
}
