package org.aicnet.server.standard;

/** 6.3.1, table 1: cpu architecture (X86, ARM) and core count (reading R-data-types for the field names). */
public record Cpu(String arch, int coreNum) {
}
