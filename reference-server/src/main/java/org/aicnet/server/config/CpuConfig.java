package org.aicnet.server.config;

/** 6.3.1: cpu architecture (X86, ARM) and core count. */
public record CpuConfig(String arch, int coreNum) {
}
