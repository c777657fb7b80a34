package org.aicnet.server.backend;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tasks as the scheduler hands them to a backend, for backend tests: the layout of JobFiles under a data directory. */
public final class Launches {

    /** One core, 1 GiB, no card. */
    public static final ResourceShape SMALL = new ResourceShape("X86", 1, "", 0, "", 0, 1);

    private Launches() {
    }

    public static TaskLaunch of(Path data, String jobId, String command) {
        return of(data, jobId, "task-0", 0, 1, command, SMALL, List.of(), null);
    }

    public static TaskLaunch of(Path data, String jobId, String taskId, int taskIndex, int taskCount, String command,
                                ResourceShape demand, List<Integer> accelerators, Integer servicePort) {
        Path work = data.toAbsolutePath().resolve("jobs").resolve(jobId).resolve(taskId);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AICNET_JOB_ID", jobId);
        environment.put("AICNET_TASK_ID", taskId);
        environment.put("AICNET_TASK_INDEX", String.valueOf(taskIndex));
        environment.put("AICNET_TASK_COUNT", String.valueOf(taskCount));
        environment.put("AICNET_NODE_INDEX", String.valueOf(taskIndex));
        environment.put("AICNET_NODE_COUNT", String.valueOf(taskCount));
        environment.put("AICNET_OUTPUT_DIR", work.resolve("output").toString());
        if (servicePort != null) {
            environment.put("AICNET_SERVICE_PORT", String.valueOf(servicePort));
            environment.put("PORT", String.valueOf(servicePort));
        }
        return new TaskLaunch("c1", jobId, taskId, taskIndex, taskCount, 0, command, "img", demand, accelerators,
                work, work.resolve("output"), work.resolve("task.log"), environment, servicePort);
    }
}
