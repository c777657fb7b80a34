package org.aicnet.server.backend;

import java.nio.file.Path;
import java.util.List;

/**
 * What runs the tasks of one computing center: the simulated backend, local processes, a Slurm or Kubernetes cluster.
 * Implementations are found through {@link BackendProvider} and {@link java.util.ServiceLoader}; a center names its
 * backend type in the configuration. The scheduler decides placement; a backend only runs what it is given.
 *
 * <p>Calls may come from several threads. A backend must not block a request for long: {@link #submit} returns once
 * the task is accepted, and its state is read with {@link #state}.
 */
public interface AcceleratorBackend extends AutoCloseable {

    /** Accepts a task for running and returns the backend's own handle for it, persisted by the server. */
    String submit(TaskLaunch launch) throws BackendException;

    /** The task's present state; a handle the backend no longer knows gives {@link TaskState#unknown()}. */
    TaskState state(String handle) throws BackendException;

    /** Ends the task (its whole process tree or allocation); stopping a finished task does nothing. */
    void stop(String handle) throws BackendException;

    /** The task's log file: stdout and stderr as written so far; the file may not exist yet while it is pending. */
    Path logFile(String handle) throws BackendException;

    /** The files the task wrote to its output directory, relative to that directory. */
    List<Path> outputFiles(String handle) throws BackendException;

    /** The output directory the files of {@link #outputFiles} are relative to. */
    Path outputDirectory(String handle) throws BackendException;

    /**
     * Re-attaches a task that was running when the server stopped, after a restart: its state, or
     * {@link TaskState#unknown()} when it cannot be known.
     */
    TaskState reattach(String handle) throws BackendException;

    /** The nodes this backend offers, by shape; the scheduler places tasks on them. */
    List<NodeGroup> capacity() throws BackendException;

    @Override
    default void close() {
    }
}
