package org.aicnet.server.config;

/** 6.3.2: AI processor type (GPU, NPU, MLU), card count, product name (Vendor/TYPE/Model), memory per card in GiB. */
public record ProcessorConfig(String processorType, int processorNum, String productName, int processorMemory) {
}
