package org.aicnet.server.config;

import java.util.Map;

/** Which backend runs a center's tasks ({@code simulated}, {@code local}, {@code slurm}, ...) and its own settings. */
public record BackendConfig(String type, Map<String, Object> settings) {
}
