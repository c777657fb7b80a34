package org.aicnet.server.backend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What runs the tasks of one computing center: the simulated backend, local processes, a Slurm or Kubernetes cluster.
 * Implementations are found through {@link BackendProvider} and {@link java.util.ServiceLoader}; a center names its
 * backend type in the configuration. The scheduler decides placement (which nodes, which cards); a backend only runs
 * what it is given, writes the task's log to {@link TaskLaunch#logFile()} as it runs and leaves its results in
 * {@link TaskLaunch#outputDirectory()} (a backend whose tasks run elsewhere copies them there).
 *
 * <p>Calls may come from several threads. A backend must not block for long: {@link #submit} returns once the task is
 * accepted, and its state is read with {@link #states}.
 */
public interface AcceleratorBackend extends AutoCloseable {

    /** Accepts a task for running and returns the backend's own handle for it, which the server persists. */
    String submit(TaskLaunch launch) throws BackendException;

    /**
     * Accepts all tasks of one job at once (in task order, one per node) and returns their handles in the same order.
     * A backend that gives a distributed job one allocation of all its nodes, started together (Slurm's
     * {@code --nodes}), overrides this; tasks may then share a handle. By default each task is submitted on its own,
     * and when one is refused those already accepted are stopped and the refusal is thrown.
     */
    default List<String> submitJob(List<TaskLaunch> launches) throws BackendException {
        List<String> handles = new ArrayList<>();
        try {
            for (TaskLaunch launch : launches) {
                handles.add(submit(launch));
            }
            return handles;
        } catch (BackendException refused) {
            for (String handle : handles) {
                try {
                    stop(handle);
                } catch (BackendException e) {
                    refused.addSuppressed(e);
                }
            }
            throw refused;
        }
    }

    /**
     * The present states of many tasks at once (one {@code squeue}, one pod list); a handle the backend no longer
     * knows maps to {@link TaskState#unknown()} or is left out, which the server reads the same way.
     */
    Map<String, TaskState> states(Collection<String> handles) throws BackendException;

    /** Ends the task (its whole process tree or allocation); stopping a finished or unknown task does nothing. */
    void stop(String handle) throws BackendException;

    /**
     * Takes up again, after a restart of the server, a task that was active when it stopped: its state, or
     * {@link TaskState#unknown()} when the backend cannot know it any more.
     */
    TaskState reattach(String handle) throws BackendException;

    /** The nodes this backend offers, by shape, in a stable order; the scheduler numbers them from 0 in it. */
    List<NodeGroup> capacity() throws BackendException;

    /**
     * Lets go of the backend's own threads and connections. Tasks keep running where they run (a restart reattaches
     * them); closing is not stopping.
     */
    @Override
    default void close() {
    }
}
