package org.aicnet.server.backend;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a backend is made from: the center it serves, the backend's own settings from the configuration (free-form,
 * documented per backend), the nodes the configuration declares (a backend may read its capacity elsewhere), the
 * server's job settings ({@code jobs.simulatedRunTime}: how long a simulated task with an ordinary command runs;
 * {@code jobs.schedulerInterval}: how often the scheduler reads the backends' states) and the server's data
 * directory, under which the task directories of {@link TaskLaunch} lie and a handle may be resolved after a restart.
 */
public record BackendContext(String centerId, Map<String, Object> settings, List<NodeGroup> configuredNodes,
                             Duration simulatedRunTime, Duration schedulerInterval, Path dataDirectory) {

    public String setting(String name, String fallback) {
        Object value = settings.get(name);
        return value == null ? fallback : value.toString();
    }
}
