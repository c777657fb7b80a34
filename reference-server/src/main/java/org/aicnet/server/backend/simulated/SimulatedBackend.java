package org.aicnet.server.backend.simulated;

import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.BackendSettings;
import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs no process: a task waits PENDING for the center's {@code queueTime}, as on a busy platform, then follows the timeline its command describes ({@link SimulatedScript}), with a real log and
 * real output files, on the nodes the configuration declares for the center. A task's handle is its work directory
 * relative to the data directory, where its {@link RunRecord} lies.
 *
 * <p>Restart: a simulated task has no process that could have died with the server, and its timeline is a function of
 * its recorded start time alone, so {@link #reattach} resumes it from that start time: a task whose end fell due while
 * the server was down ends at once with its scripted exit code, the others go on where their timeline stands. A task
 * whose record is missing or unreadable is UNKNOWN.
 */
final class SimulatedBackend implements AcceleratorBackend {

    private final BackendContext context;
    private final Map<String, SimulatedRun> runs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulated-backend");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration queueTime;

    SimulatedBackend(BackendContext context) {
        this(context, Duration.ZERO);
    }

    SimulatedBackend(BackendContext context, Duration queueTime) {
        this.context = context;
        this.queueTime = queueTime;
    }

    /** The setting {@value #QUEUE_TIME} (ISO-8601, default none): how long each task waits PENDING before it runs. */
    static Duration queueTime(BackendContext context) throws BackendException {
        return new BackendSettings(context.settings()).duration(QUEUE_TIME, Duration.ZERO);
    }

    static final String QUEUE_TIME = "queueTime";

    @Override
    public String submit(TaskLaunch launch) throws BackendException {
        String handle = handleOf(launch.workDirectory());
        runs.put(handle, SimulatedRun.start(launch, context.simulatedRunTime(), queueTime, timer));
        return handle;
    }

    /** A finished run is forgotten once reported; asked again, its record answers. */
    @Override
    public Map<String, TaskState> states(Collection<String> handles) throws BackendException {
        Map<String, TaskState> states = new LinkedHashMap<>();
        for (String handle : handles) {
            SimulatedRun run = runs.get(handle);
            TaskState state = run != null ? run.state() : recorded(handle);
            if (state.status().finished()) {
                runs.remove(handle);
            }
            states.put(handle, state);
        }
        return states;
    }

    @Override
    public void stop(String handle) {
        SimulatedRun run = runs.get(handle);
        if (run != null) {
            run.stop();
        }
    }

    @Override
    public TaskState reattach(String handle) throws BackendException {
        SimulatedRun known = runs.get(handle);
        if (known != null) {
            return known.state();
        }
        SimulatedRun run = SimulatedRun.load(context.dataDirectory().resolve(handle), timer);
        if (run == null) {
            return TaskState.unknown();
        }
        runs.put(handle, run);
        run.resume();
        return run.state();
    }

    /** The state a run that is not running here left in its record: finished, else unknown. */
    private TaskState recorded(String handle) throws BackendException {
        SimulatedRun run = SimulatedRun.load(context.dataDirectory().resolve(handle), timer);
        return run != null && run.state().status().finished() ? run.state() : TaskState.unknown();
    }

    /** The nodes of the center's configuration. */
    @Override
    public List<NodeGroup> capacity() {
        return context.configuredNodes();
    }

    @Override
    public void close() {
        runs.values().forEach(SimulatedRun::pause);
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String handleOf(Path workDirectory) {
        Path data = context.dataDirectory().toAbsolutePath();
        Path work = workDirectory.toAbsolutePath();
        return (work.startsWith(data) ? data.relativize(work) : work).toString().replace('\\', '/');
    }
}
