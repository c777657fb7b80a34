package org.aicnet.server.standard;

/** 6.3.3, table 3: memory size and its unit, GiB (reading R-data-types for the field names). */
public record Memory(int memorySize, String memoryUnit) {
}
