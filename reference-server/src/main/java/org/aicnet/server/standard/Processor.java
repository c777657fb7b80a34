package org.aicnet.server.standard;

/**
 * 6.3.2, table 2: AI processor type (GPU, NPU, MLU), card count, product name ({@code Vendor/TYPE/Model}) and memory
 * per card in GiB (reading R-data-types for the field names). A CPU-only spec has none: count 0, empty names.
 */
public record Processor(String processorType, int processorNum, String productName, int processorMemory) {
}
