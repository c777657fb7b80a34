package org.aicnet.server.backend.local;

import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.Launches;
import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.ProcessCommandRunner;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;
import org.aicnet.server.backend.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The local backend with real processes of this machine: results, exit codes, logs as they are written, stopping a
 * whole process group, a grace period before SIGKILL, and a restart that finds its tasks again. Every process group a
 * test started is killed after it, whatever the test did.
 */
class LocalBackendTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final ProcessCommandRunner RUNNER = new ProcessCommandRunner(Map.of(), Duration.ofSeconds(10));

    @TempDir
    Path data;
    private final List<LocalBackend> opened = new ArrayList<>();

    @AfterEach
    void killEverythingStarted() throws Exception {
        opened.forEach(LocalBackend::close);
        try (Stream<Path> files = Files.walk(data)) {
            for (Path pid : files.filter(file -> file.getFileName().toString().equals(LocalTask.PID)).toList()) {
                ProcessGroup group = new ProcessGroup(RUNNER, Long.parseLong(Files.readString(pid).trim()));
                group.signal("KILL");
                awaitGone(group);
            }
        }
    }

    @Test
    void aTaskThatExitsWith0SucceedsWithItsLogAndResults() throws Exception {
        LocalBackend backend = open(Map.of());
        TaskLaunch launch = Launches.of(data, "j1", "task-0", 1, 2, String.join("\n",
                "echo \"job $AICNET_JOB_ID task $AICNET_TASK_ID node $AICNET_NODE_INDEX of $AICNET_NODE_COUNT\"",
                "echo to stderr >&2",
                "echo \"in $(pwd)\"",
                "echo weights > \"$AICNET_OUTPUT_DIR/model.txt\""), Launches.SMALL, List.of(), null);
        String handle = backend.submit(launch);
        assertEquals("jobs/j1/task-0", handle, "the handle is the work directory under the data directory");

        TaskState state = await(backend, handle, TaskStatus.SUCCEEDED);
        assertEquals(new TaskState(TaskStatus.SUCCEEDED, 0, "exit code 0"), state);
        String log = Files.readString(launch.logFile());
        assertTrue(log.contains("job j1 task task-0 node 1 of 2\n"), log);
        assertTrue(log.contains("to stderr\n"), log);
        assertTrue(log.contains("in " + launch.workDirectory().toRealPath() + "\n"), log);
        assertEquals("weights\n", Files.readString(launch.outputDirectory().resolve("model.txt")));
    }

    @Test
    void aTaskThatExitsWithAnotherCodeFailsWithIt() throws Exception {
        LocalBackend backend = open(Map.of());
        TaskLaunch launch = Launches.of(data, "j2", "echo before; exit 3; echo never");
        String handle = backend.submit(launch);
        assertEquals(new TaskState(TaskStatus.FAILED, 3, "exit code 3"), await(backend, handle, TaskStatus.FAILED));
        assertEquals("before\n", Files.readString(launch.logFile()));
    }

    @Test
    void theLogOfARunningTaskShowsWhatItWroteSoFar() throws Exception {
        LocalBackend backend = open(Map.of());
        TaskLaunch launch = Launches.of(data, "j3", "echo epoch 1; sleep 300");
        String handle = backend.submit(launch);
        awaitTrue(() -> Files.readString(launch.logFile()).equals("epoch 1\n"), "the first line in the log");
        assertEquals(TaskStatus.RUNNING, state(backend, handle).status());
        backend.stop(handle);
    }

    @Test
    void stopEndsEveryProcessOfTheTask() throws Exception {
        LocalBackend backend = open(Map.of());
        TaskLaunch launch = Launches.of(data, "j4", "sleep 300 & sleep 301 & echo started; wait");
        String handle = backend.submit(launch);
        awaitTrue(() -> Files.readString(launch.logFile()).contains("started"), "the task started its children");
        ProcessGroup group = groupOf(launch);
        assertEquals(2, sleepsUnder(group.id()), "the two sleeps run under the task's shell");

        backend.stop(handle);

        assertEquals(new TaskState(TaskStatus.STOPPED, null, "stopped"), state(backend, handle));
        awaitGone(group);
        backend.stop(handle);
        assertEquals(TaskStatus.STOPPED, state(backend, handle).status(), "stopping twice changes nothing");
    }

    @Test
    void theTasksOfADistributedJobRunSideBySideEachToldItsNode() throws Exception {
        LocalBackend backend = open(Map.of("nodeCount", 2));
        List<TaskLaunch> tasks = List.of(
                Launches.of(data, "j14", "task-0", 0, 2, "echo \"node $AICNET_NODE_INDEX of $AICNET_NODE_COUNT\"",
                        Launches.SMALL, List.of(), null),
                Launches.of(data, "j14", "task-1", 1, 2, "echo \"node $AICNET_NODE_INDEX of $AICNET_NODE_COUNT\"",
                        Launches.SMALL, List.of(), null));
        List<String> handles = backend.submitJob(tasks);
        assertEquals(List.of("jobs/j14/task-0", "jobs/j14/task-1"), handles);
        for (int i = 0; i < 2; i++) {
            await(backend, handles.get(i), TaskStatus.SUCCEEDED);
            assertEquals("node " + i + " of 2\n", Files.readString(tasks.get(i).logFile()));
        }
    }

    @Test
    void stoppingATaskThatHasEndedChangesNothing() throws Exception {
        LocalBackend backend = open(Map.of());
        String handle = backend.submit(Launches.of(data, "j13", "exit 0"));
        await(backend, handle, TaskStatus.SUCCEEDED);
        backend.stop(handle);
        assertEquals(new TaskState(TaskStatus.SUCCEEDED, 0, "exit code 0"), state(backend, handle));
    }

    @Test
    void aTaskThatIgnoresSigtermIsKilledAfterTheGracePeriod() throws Exception {
        LocalBackend backend = open(Map.of("stopGracePeriod", "PT1S"));
        TaskLaunch launch = Launches.of(data, "j5", "trap '' TERM; echo ready; sleep 300");
        String handle = backend.submit(launch);
        awaitTrue(() -> Files.readString(launch.logFile()).contains("ready"), "the trap is set");
        ProcessGroup group = groupOf(launch);

        long stopped = System.nanoTime();
        backend.stop(handle);
        Thread.sleep(300);
        assertTrue(group.alive(), "SIGTERM is ignored, so the task runs on during the grace period");
        awaitGone(group);
        assertTrue(System.nanoTime() - stopped >= Duration.ofMillis(900).toNanos(), "SIGKILL came before the grace");
    }

    @Test
    void processesATaskLeftBehindAreEndedWhenItEnds() throws Exception {
        LocalBackend backend = open(Map.of());
        TaskLaunch launch = Launches.of(data, "j6", "sleep 300 & echo left a sleep behind");
        String handle = backend.submit(launch);
        await(backend, handle, TaskStatus.SUCCEEDED);
        awaitGone(groupOf(launch));
    }

    @Test
    void aTaskIsToldItsCardsByTheirDeviceNumbers() throws Exception {
        NodeGroup gpuNode = new NodeGroup(new ResourceShape("X86", 8, "GPU", 4, "Nvidia/GPU/V100", 32, 64), 1);
        LocalBackend backend = open(Map.of(), List.of(gpuNode));
        assertEquals("GPU", backend.capacity().get(0).shape().processorType());
        assertEquals(4, backend.capacity().get(0).shape().processorNum());
        TaskLaunch launch = Launches.of(data, "j7", "task-0", 0, 1,
                "echo \"cuda=$CUDA_VISIBLE_DEVICES aicnet=$AICNET_ACCELERATORS\"",
                new ResourceShape("X86", 1, "GPU", 2, "Nvidia/GPU/V100", 32, 1), List.of(1, 3), null);
        await(backend, backend.submit(launch), TaskStatus.SUCCEEDED);
        assertEquals("cuda=1,3 aicnet=1,3\n", Files.readString(launch.logFile()));
    }

    @Test
    void aTaskOfAServiceIsToldItsPort() throws Exception {
        LocalBackend backend = open(Map.of("environment", Map.of("EXTRA", "from the settings")));
        TaskLaunch launch = Launches.of(data, "j8", "task-0", 0, 1,
                "echo \"$PORT $AICNET_SERVICE_PORT $EXTRA\"", Launches.SMALL, List.of(), 8188);
        await(backend, backend.submit(launch), TaskStatus.SUCCEEDED);
        assertEquals("8188 8188 from the settings\n", Files.readString(launch.logFile()));
    }

    @Test
    void aRestartedServerFollowsATaskThatIsStillRunning() throws Exception {
        LocalBackend before = open(Map.of());
        TaskLaunch launch = Launches.of(data, "j9", "echo before the restart; sleep 300");
        String handle = before.submit(launch);
        awaitTrue(() -> Files.readString(launch.logFile()).contains("before"), "the task started");
        before.close();

        LocalBackend after = open(Map.of());
        assertEquals(TaskState.unknown(), state(after, handle), "a handle is unknown until it is reattached");
        assertEquals(TaskStatus.RUNNING, after.reattach(handle).status());
        assertEquals(TaskStatus.RUNNING, state(after, handle).status());
        after.stop(handle);
        assertEquals(TaskStatus.STOPPED, state(after, handle).status());
        awaitGone(groupOf(launch));
    }

    @Test
    void aRestartedServerReadsTheExitCodeOfATaskThatEndedMeanwhile() throws Exception {
        LocalBackend before = open(Map.of());
        TaskLaunch launch = Launches.of(data, "j10", "sleep 0.5; exit 4");
        String handle = before.submit(launch);
        before.close();
        awaitGone(groupOf(launch));

        LocalBackend after = open(Map.of());
        assertEquals(new TaskState(TaskStatus.FAILED, 4, "exit code 4"), after.reattach(handle));
    }

    @Test
    void aTaskWhoseProcessDiedWithoutAnExitCodeIsUnknownAfterARestart() throws Exception {
        LocalBackend before = open(Map.of());
        TaskLaunch launch = Launches.of(data, "j11", "echo running; sleep 300");
        String handle = before.submit(launch);
        awaitTrue(() -> Files.readString(launch.logFile()).contains("running"), "the task started");
        before.close();
        ProcessGroup group = groupOf(launch);
        group.signal("KILL");
        awaitGone(group);

        TaskState state = open(Map.of()).reattach(handle);
        assertEquals(TaskStatus.UNKNOWN, state.status());
        assertTrue(state.reason().contains("left no exit code"), state.reason());
    }

    @Test
    void aKilledTaskFailsWithTheSignalsStatusWhileTheServerRuns() throws Exception {
        LocalBackend backend = open(Map.of());
        TaskLaunch launch = Launches.of(data, "j12", "echo running; sleep 300");
        String handle = backend.submit(launch);
        awaitTrue(() -> Files.readString(launch.logFile()).contains("running"), "the task started");
        groupOf(launch).signal("KILL");
        TaskState state = await(backend, handle, TaskStatus.FAILED);
        assertEquals(137, state.exitCode(), "128 + SIGKILL");
    }

    @Test
    void aHandleNoTaskWasStartedUnderIsUnknown() {
        TaskState state = open(Map.of()).reattach("jobs/none/task-0");
        assertEquals(TaskStatus.UNKNOWN, state.status());
    }

    @Test
    void theNodeIsThisMachine() {
        ResourceShape shape = open(Map.of()).capacity().get(0).shape();
        assertEquals(Runtime.getRuntime().availableProcessors(), shape.coreNum());
        assertEquals(0, shape.processorNum(), "no nvidia-smi is asked and no card is configured");
        assertEquals(48, open(Map.of("coreNum", 48)).capacity().get(0).shape().coreNum());
        assertEquals(1, open(Map.of()).capacity().get(0).count());
        assertEquals(3, open(Map.of("nodeCount", 3)).capacity().get(0).count(), "the machine stands for 3 nodes");
    }

    @Test
    void aMachineWithoutSetsidOrWithBadSettingsCannotRunTasks() {
        BackendException missing = assertThrows(BackendException.class,
                () -> create(Map.of("setsid", "/nonexistent/setsid"), List.of()));
        assertTrue(missing.getMessage().contains("/nonexistent/setsid"), missing.getMessage());
        BackendException grace = assertThrows(BackendException.class,
                () -> create(Map.of("stopGracePeriod", "ten seconds"), List.of()));
        assertEquals("setting 'stopGracePeriod' 'ten seconds' is not an ISO-8601 duration such as PT10S",
                grace.getMessage());
        BackendException cores = assertThrows(BackendException.class,
                () -> create(Map.of("coreNum", 0), List.of()));
        assertEquals("setting 'coreNum' '0' is not a whole number of at least 1", cores.getMessage());
    }

    private LocalBackend open(Map<String, Object> settings) {
        return open(settings, List.of());
    }

    private LocalBackend open(Map<String, Object> settings, List<NodeGroup> configured) {
        try {
            LocalBackend backend = create(settings, configured);
            opened.add(backend);
            return backend;
        } catch (BackendException e) {
            throw new AssertionError(e);
        }
    }

    private LocalBackend create(Map<String, Object> settings, List<NodeGroup> configured) throws BackendException {
        Map<String, Object> all = new HashMap<>(Map.of("nvidiaSmi", "", "stopGracePeriod", "PT2S"));
        all.putAll(settings);
        BackendContext context = new BackendContext("c1", all, configured,
                Duration.ofSeconds(1), Duration.ofMillis(100), data);
        return LocalBackend.start(context, LocalSettings.of(all), RUNNER);
    }

    private static TaskState state(LocalBackend backend, String handle) {
        return backend.states(List.of(handle)).get(handle);
    }

    private static TaskState await(LocalBackend backend, String handle, TaskStatus status) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        TaskState state = state(backend, handle);
        while (state.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(20);
            state = state(backend, handle);
        }
        assertEquals(status, state.status(), state.toString());
        return state;
    }

    private ProcessGroup groupOf(TaskLaunch launch) throws IOException {
        Path pid = launch.workDirectory().resolve(LocalTask.DIRECTORY).resolve(LocalTask.PID);
        return new ProcessGroup(RUNNER, Long.parseLong(Files.readString(pid).trim()));
    }

    private static long sleepsUnder(long pid) {
        return ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .filter(process -> process.info().command().orElse("").endsWith("/sleep")).count();
    }

    private static void awaitGone(ProcessGroup group) throws Exception {
        awaitTrue(() -> !group.alive(), "process group " + group.id() + " is gone");
    }

    private static void awaitTrue(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(20);
        }
        fail("timed out waiting: " + what);
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }
}
