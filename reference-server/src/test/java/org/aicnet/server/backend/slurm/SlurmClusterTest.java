package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.Launches;
import org.aicnet.server.backend.ProcessCommandRunner;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;
import org.aicnet.server.backend.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Slurm backend on a real cluster ({@link SlurmCluster}; skipped without one): jobs that succeed, fail with their
 * exit code, are stopped while pending and while running, write logs and results; a job of more nodes than the
 * cluster has; a restart; the completion log. Every job a test submitted is cancelled after it.
 */
class SlurmClusterTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path data;
    private String conf;
    private SlurmBackend backend;
    private final List<String> submitted = new ArrayList<>();

    @BeforeEach
    void connect() throws BackendException {
        conf = SlurmCluster.conf();
        backend = open();
    }

    @AfterEach
    void cancelEverythingSubmitted() throws BackendException {
        for (String id : submitted) {
            backend.stop(id);
        }
    }

    @Test
    void aJobThatExitsWith0SucceedsWithItsLogAndResults() throws Exception {
        TaskLaunch launch = Launches.of(data, "s1", String.join("\n",
                "echo \"job $AICNET_JOB_ID task $AICNET_TASK_ID node $AICNET_NODE_INDEX of $AICNET_NODE_COUNT\"",
                "echo \"slurm job $SLURM_JOB_ID with $SLURM_CPUS_PER_TASK cpu in $(pwd)\"",
                "echo to stderr >&2",
                "echo weights > \"$AICNET_OUTPUT_DIR/model.txt\""));
        String id = submit(launch);

        TaskState state = await(id, status -> status == TaskStatus.SUCCEEDED);
        assertEquals(0, state.exitCode());
        String log = Files.readString(launch.logFile());
        assertTrue(log.contains("job s1 task task-0 node 0 of 1\n"), log);
        assertTrue(log.contains("slurm job " + id + " with 1 cpu in " + launch.workDirectory() + "\n"), log);
        assertTrue(log.contains("to stderr\n"), log);
        assertEquals("weights\n", Files.readString(launch.outputDirectory().resolve("model.txt")));
    }

    @Test
    void aJobThatExitsWith3FailsWithIt() throws Exception {
        String id = submit(Launches.of(data, "s2", "echo failing; exit 3"));
        TaskState state = await(id, status -> status == TaskStatus.FAILED);
        assertEquals(3, state.exitCode());
        assertTrue(state.reason().contains("exit code 3"), state.reason());
    }

    @Test
    void theLogOfARunningJobShowsWhatItWroteSoFarAndStopEndsIt() throws Exception {
        TaskLaunch launch = Launches.of(data, "s3", "echo epoch 1; exec sleep 3013");
        String id = submit(launch);
        await(id, status -> status == TaskStatus.RUNNING);
        awaitTrue(() -> Files.exists(launch.logFile()) && Files.readString(launch.logFile()).equals("epoch 1\n"),
                "the first line in the log");
        assertTrue(sleeping("3013"), "the job's process runs");

        backend.stop(id);

        TaskState state = await(id, status -> status == TaskStatus.STOPPED);
        assertTrue(state.reason().contains("CANCELLED"), state.reason());
        awaitTrue(() -> !sleeping("3013"), "Slurm ended the job's process");
    }

    @Test
    void aPendingJobCanBeStoppedAndLeavesNoLog() throws Exception {
        // all of the node's memory: the next job waits for it whatever the cores and cards
        int memory = backend.capacity().get(0).shape().memoryGiB();
        TaskLaunch blocker = Launches.of(data, "s4", "task-0", 0, 1, "exec sleep 3014",
                new ResourceShape("X86", 1, "", 0, "", 0, memory), List.of(), null);
        String running = submit(blocker);
        await(running, status -> status == TaskStatus.RUNNING);
        TaskLaunch waiting = Launches.of(data, "s5", "echo never");
        String pending = submit(waiting);
        TaskState state = state(pending);
        assertEquals(TaskStatus.PENDING, state.status(), state.toString());

        backend.stop(pending);

        assertEquals(TaskStatus.STOPPED, await(pending, status -> status != TaskStatus.PENDING).status());
        assertFalse(Files.exists(waiting.logFile()), "a job cancelled while pending never wrote its output file");
        assertEquals(TaskStatus.RUNNING, state(running).status());
        backend.stop(running);
        assertEquals(TaskStatus.STOPPED, await(running, status -> status != TaskStatus.RUNNING).status());
    }

    @Test
    void aJobOfMoreNodesThanTheClusterHasStaysPendingWithSlurmsReason() throws Exception {
        assertEquals(1, backend.capacity().stream().mapToInt(group -> group.count()).sum(), "a one-node cluster");
        List<TaskLaunch> tasks = List.of(
                Launches.of(data, "s6", "task-0", 0, 2, "echo never", Launches.SMALL, List.of(), null),
                Launches.of(data, "s6", "task-1", 1, 2, "echo never", Launches.SMALL, List.of(), null));
        List<String> handles = backend.submitJob(tasks);
        submitted.add(handles.get(0));
        assertEquals(handles.get(0), handles.get(1));

        Thread.sleep(1500);
        TaskState state = state(handles.get(0));
        assertEquals(TaskStatus.PENDING, state.status(), state.toString());
        assertTrue(state.reason().contains("Partition"), "Slurm says the partition has too few nodes: " + state);
    }

    @Test
    void aRestartedServerReadsTheStateOfRunningAndEndedJobs() throws Exception {
        String ended = submit(Launches.of(data, "s7", "exit 4"));
        String running = submit(Launches.of(data, "s8", "exec sleep 3018"));
        await(ended, status -> status == TaskStatus.FAILED);
        await(running, status -> status == TaskStatus.RUNNING);

        SlurmBackend restarted = open();
        assertEquals(4, restarted.reattach(ended).exitCode());
        assertEquals(TaskStatus.RUNNING, restarted.reattach(running).status());
    }

    @Test
    void endedJobsAreInTheClustersCompletionLog() throws Exception {
        String id = submit(Launches.of(data, "s9", "exit 5"));
        await(id, status -> status == TaskStatus.FAILED);
        SlurmSettings settings = settings();
        SlurmCommands commands = new SlurmCommands(new ProcessCommandRunner(settings.environment(),
                settings.commandTimeout()), settings);
        FinishedJobs finished = FinishedJobs.of(commands, commands.config(), null);
        assertTrue(finished.describe().startsWith("the job completion log "), finished.describe());
        awaitTrue(() -> finished.find(List.of(id)).containsKey(id), "slurmctld wrote the job's record");
        JobRecord record = finished.find(List.of(id)).get(id);
        assertEquals("FAILED", record.state());
        assertEquals(5, SlurmState.exitCode(record.exitCode()));
    }

    @Test
    void aJobOfAGpuSpecGetsItsCardsFromSlurm() throws Exception {
        ResourceShape node = backend.capacity().get(0).shape();
        Assumptions.assumeTrue(node.processorNum() >= 2, "the cluster's node has no two GPUs");
        TaskLaunch launch = Launches.of(data, "s10", "task-0", 0, 1, "echo \"cards $CUDA_VISIBLE_DEVICES\"",
                new ResourceShape("X86", 1, "GPU", 2, node.productName(), 0, 1), List.of(0, 1), null);
        await(submit(launch), status -> status == TaskStatus.SUCCEEDED);
        assertTrue(Files.readString(launch.logFile()).matches("cards \\d+,\\d+\n"), Files.readString(launch.logFile()));
    }

    @Test
    void theNodesAreTheClusters() throws Exception {
        ResourceShape node = backend.capacity().get(0).shape();
        assertTrue(node.coreNum() >= 1, node.toString());
        assertTrue(node.memoryGiB() >= 1, "RealMemory of the node: " + node);
    }

    private SlurmBackend open() throws BackendException {
        BackendContext context = new BackendContext("slurm-center", settingsMap(), List.of(),
                Duration.ofSeconds(1), Duration.ofMillis(100), data);
        SlurmSettings settings = SlurmSettings.of(context.settings());
        return SlurmBackend.start(context, settings,
                new ProcessCommandRunner(settings.environment(), settings.commandTimeout()));
    }

    private SlurmSettings settings() throws BackendException {
        return SlurmSettings.of(settingsMap());
    }

    private Map<String, Object> settingsMap() {
        return Map.of("environment", Map.of("SLURM_CONF", conf), "pollInterval", "PT0S");
    }

    private String submit(TaskLaunch launch) throws BackendException {
        String id = backend.submit(launch);
        submitted.add(id);
        return id;
    }

    private TaskState state(String id) throws BackendException {
        return backend.states(List.of(id)).get(id);
    }

    private TaskState await(String id, Predicate<TaskStatus> wanted) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        TaskState state = state(id);
        while (!wanted.test(state.status()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            state = state(id);
        }
        if (!wanted.test(state.status())) {
            fail("Slurm job " + id + " did not reach the state awaited: " + state);
        }
        return state;
    }

    /** Whether a process of this machine runs {@code sleep seconds} (the test cluster's node is this machine). */
    private static boolean sleeping(String seconds) {
        return ProcessHandle.allProcesses().anyMatch(process -> process.info().commandLine().orElse("")
                .endsWith("sleep " + seconds));
    }

    private static void awaitTrue(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(100);
        }
        fail("timed out waiting: " + what);
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }
}
