package org.aicnet.server.config;

import java.util.List;

/**
 * A computing center (A.8) with the specs it offers, its nodes and its backend. {@code joinedAt}
 * ({@code yyyy-MM-dd HH:mm:ss}) is its createTime for sorting (reading R-center-createTime).
 */
public record CenterConfig(String id, String name, String province, String city, String desc, boolean connected,
                           String processorType, long totalStorage, long maxComputingPower, String joinedAt,
                           List<String> specs, List<NodeConfig> nodes, BackendConfig backend) {
}
