package org.aicnet.server.backends;

import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A center's backend whose every call is reported to {@link BackendCalls}, with its outcome and duration. */
final class ObservedBackend implements AcceleratorBackend {

    @FunctionalInterface
    private interface Call<T> {
        T run() throws BackendException;
    }

    private final AcceleratorBackend backend;
    private final String centerId;
    private final BackendCalls calls;

    ObservedBackend(AcceleratorBackend backend, String centerId, BackendCalls calls) {
        this.backend = backend;
        this.centerId = centerId;
        this.calls = calls;
    }

    @Override
    public String submit(TaskLaunch launch) throws BackendException {
        return observe("submit", () -> backend.submit(launch));
    }

    @Override
    public List<String> submitJob(List<TaskLaunch> launches) throws BackendException {
        return observe("submitJob", () -> backend.submitJob(launches));
    }

    @Override
    public Map<String, TaskState> states(Collection<String> handles) throws BackendException {
        return observe("states", () -> backend.states(handles));
    }

    @Override
    public void stop(String handle) throws BackendException {
        observe("stop", () -> {
            backend.stop(handle);
            return null;
        });
    }

    @Override
    public TaskState reattach(String handle) throws BackendException {
        return observe("reattach", () -> backend.reattach(handle));
    }

    @Override
    public List<NodeGroup> capacity() throws BackendException {
        return observe("capacity", backend::capacity);
    }

    @Override
    public void close() {
        backend.close();
    }

    private <T> T observe(String operation, Call<T> call) throws BackendException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            T result = call.run();
            failed = false;
            return result;
        } finally {
            calls.called(centerId, operation, failed, System.nanoTime() - start);
        }
    }
}
