package org.aicnet.server.config;

/** The largest dataset file an upload may carry, in bytes. */
public record DatasetSettings(Long maxUploadBytes) {
}
