package org.aicnet.server.backend;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A backend for tests of failure paths, registered through the test class path's ServiceLoader file: it refuses a
 * task whose command is {@value #REFUSE}, runs every other until the end of the test, and cannot stop anything.
 */
public final class UnreliableBackendProvider implements BackendProvider {

    public static final String TYPE = "unreliable";
    public static final String REFUSE = "refuse";
    /** Internal detail that must never reach a client. */
    public static final String SECRET_DETAIL = "cluster head node 10.0.0.7 unreachable";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AcceleratorBackend create(BackendContext context) {
        Map<String, TaskState> tasks = new ConcurrentHashMap<>();
        return new AcceleratorBackend() {
            @Override
            public String submit(TaskLaunch launch) throws BackendException {
                if (REFUSE.equals(launch.command())) {
                    throw new BackendException(SECRET_DETAIL);
                }
                String handle = launch.jobId() + "/" + launch.taskId();
                tasks.put(handle, TaskState.of(TaskStatus.RUNNING));
                return handle;
            }

            @Override
            public Map<String, TaskState> states(Collection<String> handles) {
                Map<String, TaskState> states = new LinkedHashMap<>();
                handles.forEach(handle -> states.put(handle, tasks.getOrDefault(handle, TaskState.unknown())));
                return states;
            }

            @Override
            public void stop(String handle) throws BackendException {
                throw new BackendException(SECRET_DETAIL);
            }

            @Override
            public TaskState reattach(String handle) {
                return tasks.getOrDefault(handle, TaskState.unknown());
            }

            @Override
            public List<NodeGroup> capacity() {
                return context.configuredNodes();
            }
        };
    }
}
