package org.aicnet.server.config;

import java.util.List;

/** An image (A.22) and the centers that hold it (empty: every center). */
public record ImageConfig(String id, String name, String desc, String arch, String processor,
                          String operationSystem, String framework, String createTime, List<String> installedLib,
                          List<String> centers) {
}
