package org.aicnet.server.backend.local;

import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.CommandRunner;
import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;
import org.aicnet.server.backend.TaskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs every task as a process group on the machine the server runs on ({@link LocalTask}), which is the center's one
 * node ({@link HostCapacity}), or several where the settings say so (the tasks of a distributed job then run side by
 * side, each told its node index). A task's handle is its work directory relative to the data directory.
 *
 * <p>Stop: SIGTERM to the task's process group, SIGKILL {@code stopGracePeriod} later to what is left. A task that
 * ended by itself has the processes it left in its group ended the same way, as a batch system ends a job's.
 *
 * <p>Restart: closing the server leaves the tasks running. {@link #reattach} finds a task again by the pid its wrapper
 * wrote: still running (the same process, by its start time), it is followed on; ended, its exit code is read from
 * the file the wrapper wrote; gone without one, it is UNKNOWN.
 */
final class LocalBackend implements AcceleratorBackend {

    private static final Logger LOG = LoggerFactory.getLogger(LocalBackend.class);

    private final BackendContext context;
    private final LocalSettings settings;
    private final CommandRunner runner;
    private final HostCapacity host;
    private final Map<String, LocalTask> tasks = new ConcurrentHashMap<>();
    /** Handles of ended tasks whose leftover processes have been seen to. */
    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    /** The SIGKILLs due at the end of a grace period, by process group. */
    private final Map<Long, ScheduledFuture<?>> kills = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-backend");
        thread.setDaemon(true);
        return thread;
    });

    private LocalBackend(BackendContext context, LocalSettings settings, CommandRunner runner, HostCapacity host) {
        this.context = context;
        this.settings = settings;
        this.runner = runner;
        this.host = host;
    }

    static LocalBackend start(BackendContext context, LocalSettings settings, CommandRunner runner)
            throws BackendException {
        try {
            if (!runner.run(List.of(settings.setsid(), settings.shell(), "-c", "exit 0")).succeeded()) {
                throw new BackendException(settings.setsid() + " " + settings.shell() + " does not run");
            }
        } catch (BackendException e) {
            throw new BackendException("it runs every task with " + settings.setsid() + " (util-linux) and "
                    + settings.shell() + ": " + e.getMessage(), e);
        }
        HostCapacity host = HostCapacity.of(new NvidiaSmi(runner, settings.nvidiaSmi()).discover(),
                context.configuredNodes(), settings.coreNum(), settings.memoryGiB());
        LOG.info("center {}: local backend on this machine, {}", context.centerId(), host.node().shape());
        return new LocalBackend(context, settings, runner, host);
    }

    @Override
    public String submit(TaskLaunch launch) throws BackendException {
        LocalTask task = LocalTask.launch(launch, settings, environment(launch), runner);
        String handle = handleOf(launch.workDirectory());
        tasks.put(handle, task);
        return handle;
    }

    @Override
    public Map<String, TaskState> states(Collection<String> handles) {
        Map<String, TaskState> states = new LinkedHashMap<>();
        for (String handle : handles) {
            LocalTask task = tasks.get(handle);
            TaskState state = task == null ? TaskState.unknown() : task.state();
            if (task != null && state.status().finished()) {
                endLeftovers(handle, task);
            }
            states.put(handle, state);
        }
        return states;
    }

    @Override
    public void stop(String handle) throws BackendException {
        LocalTask task = tasks.get(handle);
        if (task == null || task.state().status().finished()) {
            return;
        }
        task.markStopped();
        ended.add(handle);
        terminate(task.group());
    }

    @Override
    public TaskState reattach(String handle) {
        LocalTask task = tasks.get(handle);
        if (task == null) {
            task = LocalTask.find(context.dataDirectory().resolve(handle), runner).orElse(null);
            if (task == null) {
                return new TaskState(TaskStatus.UNKNOWN, null, "no local task was started in " + handle);
            }
            tasks.put(handle, task);
        }
        TaskState state = task.state();
        if (state.status().finished()) {
            // a task stopped just before the restart may still be within its grace period
            endLeftovers(handle, task);
        }
        return state;
    }

    /** The machine the server runs on, as {@code nodeCount} nodes: each node is all of it. */
    @Override
    public List<NodeGroup> capacity() {
        return List.of(new NodeGroup(host.node().shape(), settings.nodeCount()));
    }

    /** Leaves running tasks running; a SIGKILL still due for a stopped task is sent now rather than never. */
    @Override
    public void close() {
        timer.shutdownNow();
        kills.keySet().forEach(group -> kill(new ProcessGroup(runner, group)));
        kills.clear();
    }

    private Map<String, String> environment(TaskLaunch launch) {
        Map<String, String> environment = new LinkedHashMap<>(settings.environment());
        environment.putAll(launch.environment());
        String processorType = host.node().shape().processorType();
        if (!processorType.isEmpty()) {
            environment.putAll(VisibleDevices.of(processorType,
                    launch.accelerators().stream().map(host::device).toList()));
        }
        return environment;
    }

    private void endLeftovers(String handle, LocalTask task) {
        if (ended.add(handle)) {
            try {
                terminate(task.group());
            } catch (BackendException e) {
                LOG.warn("cannot end what task {} left running: {}", handle, e.getMessage());
            }
        }
    }

    /** SIGTERM to the group now, SIGKILL to what is left of it after the grace period. */
    private void terminate(ProcessGroup group) throws BackendException {
        if (kills.containsKey(group.id()) || !group.signal("TERM")) {
            return;
        }
        try {
            kills.put(group.id(), timer.schedule(() -> {
                kill(group);
                kills.remove(group.id());
            }, settings.stopGracePeriod().toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException closing) {
            kill(group);
        }
    }

    private void kill(ProcessGroup group) {
        try {
            if (group.alive()) {
                group.signal("KILL");
            }
        } catch (BackendException e) {
            LOG.warn("cannot kill process group {}: {}", group.id(), e.getMessage());
        }
    }

    private String handleOf(Path workDirectory) {
        Path data = context.dataDirectory().toAbsolutePath();
        Path work = workDirectory.toAbsolutePath();
        return (work.startsWith(data) ? data.relativize(work) : work).toString().replace('\\', '/');
    }
}
