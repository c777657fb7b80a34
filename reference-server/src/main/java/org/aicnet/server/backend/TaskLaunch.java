package org.aicnet.server.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One task as the scheduler hands it to a backend. {@code taskIndex} of {@code taskCount} is the task's rank in its
 * job (a distributed job runs one task per node); {@code nodeIndex} is the node of the center it was placed on, in the
 * order of {@link AcceleratorBackend#capacity()}, and {@code accelerators} the indices of the cards assigned to it
 * there, for CUDA_VISIBLE_DEVICES and its kin. {@code workDirectory} is the task's own directory under the data
 * directory; the log and the output directory lie in it. {@code environment} holds the variables every backend hands
 * to the task (AICNET_JOB_ID, AICNET_TASK_ID, AICNET_NODE_INDEX, AICNET_NODE_COUNT, AICNET_OUTPUT_DIR, ...; see
 * docs/backends.md). {@code servicePort} is set for the task of an online job (reading R-online-port), else null.
 */
public record TaskLaunch(String centerId, String jobId, String taskId, int taskIndex, int taskCount, int nodeIndex,
                         String command, String image, ResourceShape demand, List<Integer> accelerators,
                         Path workDirectory, Path outputDirectory, Path logFile,
                         Map<String, String> environment, Integer servicePort) {

    /** Whether the task is a service (an online job's task) that runs until it is stopped or its command ends. */
    public boolean service() {
        return servicePort != null;
    }
}
