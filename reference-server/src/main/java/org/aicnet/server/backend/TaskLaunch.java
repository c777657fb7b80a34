package org.aicnet.server.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One task as the scheduler hands it to a backend: which job and node it is, what to run on which resources, and
 * where its files go. {@code servicePort} is set for the tasks of an online job (reading R-online-port), else null.
 * {@code accelerators} are the indices of the cards assigned on the node, for CUDA_VISIBLE_DEVICES and its kin.
 */
public record TaskLaunch(String centerId, String jobId, String taskId, int nodeIndex, int nodeCount,
                         String command, String image, ResourceShape demand, List<Integer> accelerators,
                         Path workDirectory, Path outputDirectory, Path logFile,
                         Map<String, String> environment, Integer servicePort) {
}
