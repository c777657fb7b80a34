package org.aicnet.server.backend.simulated;

import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.NodeGroup;
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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The simulated backend: outcomes steered by the command, real logs and outputs, stop, and reattach. */
class SimulatedBackendTest {

    private static final ResourceShape GPU = new ResourceShape("X86", 4, "GPU", 1, "Nvidia/GPU/V100", 32, 16);
    private static final List<NodeGroup> NODES =
            List.of(new NodeGroup(new ResourceShape("X86", 32, "GPU", 8, "Nvidia/GPU/V100", 32, 128), 2));

    @TempDir
    Path data;
    private AcceleratorBackend backend;

    private AcceleratorBackend backend() {
        BackendContext context = new BackendContext("c1", Map.of(), NODES,
                Duration.ofMillis(200), Duration.ofMillis(50), data);
        try {
            return new SimulatedBackendProvider().create(context);
        } catch (org.aicnet.server.backend.BackendException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() {
        if (backend != null) {
            backend.close();
        }
    }

    private TaskLaunch launch(String taskId, String command, Integer servicePort) {
        Path work = data.resolve("jobs").resolve("job-1").resolve(taskId);
        return new TaskLaunch("c1", "job-1", taskId, 0, 1, 1, command, "img", GPU, List.of(3), work,
                work.resolve("output"), work.resolve("task.log"), Map.of(), servicePort);
    }

    private TaskState awaitFinished(String handle) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            TaskState state = backend.states(List.of(handle)).get(handle);
            if (state.status().finished()) {
                return state;
            }
            Thread.sleep(20);
        }
        return fail("task " + handle + " did not finish");
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "'" + part + "' missing after position " + from + " of\n" + text);
            from = at + part.length();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @Test
    void capacityIsTheConfiguredNodes() throws BackendException {
        backend = backend();
        assertEquals(NODES, backend.capacity());
        assertEquals(SimulatedBackendProvider.TYPE, new SimulatedBackendProvider().type());
    }

    @Test
    void anOrdinaryCommandRunsTheSimulatedRunTimeThenSucceedsWithOutputs() throws Exception {
        backend = backend();
        TaskLaunch launch = launch("task-0", "python train.py", null);
        String handle = backend.submit(launch);
        assertEquals("jobs/job-1/task-0", handle);
        assertEquals(TaskStatus.RUNNING, backend.states(List.of(handle)).get(handle).status());
        TaskState state = awaitFinished(handle);
        assertEquals(new TaskState(TaskStatus.SUCCEEDED, 0, "exit code 0"), state);
        String log = read(launch.logFile());
        assertTrue(log.contains("started task task-0 (1 of 1) of job job-1 on node 1 of center c1, accelerators [3]"),
                log);
        assertTrue(log.contains("$ python train.py"), log);
        assertTrue(log.contains("finished with exit code 0"), log);
        String metrics = read(launch.outputDirectory().resolve(SimulatedRun.METRICS));
        assertTrue(metrics.contains("\"status\" : \"SUCCEEDED\""), metrics);
        assertTrue(read(launch.outputDirectory().resolve(SimulatedRun.MODEL_SUMMARY))
                .contains("trained on 1 x Nvidia/GPU/V100"));
    }

    @Test
    void exitKFailsWithThatCodeAndEchoWritesTheLog() throws Exception {
        backend = backend();
        TaskLaunch launch = launch("task-0", "echo loss 0.25; exit 7", null);
        String handle = backend.submit(launch);
        assertEquals(new TaskState(TaskStatus.FAILED, 7, "exit code 7"), awaitFinished(handle));
        String log = read(launch.logFile());
        assertTrue(log.contains(" loss 0.25\n"), log);
        assertTrue(log.contains("finished with exit code 7"), log);
        assertTrue(Files.exists(launch.outputDirectory().resolve(SimulatedRun.METRICS)));
        assertFalse(Files.exists(launch.outputDirectory().resolve(SimulatedRun.MODEL_SUMMARY)));
    }

    @Test
    void sleepRunsThatLong() throws Exception {
        backend = backend();
        long started = System.nanoTime();
        String handle = backend.submit(launch("task-0", "sleep 0.6", null));
        awaitFinished(handle);
        assertTrue(System.nanoTime() - started >= Duration.ofMillis(600).toNanos());
    }

    @Test
    void stopEndsTheTaskAndStoppingAgainDoesNothing() throws Exception {
        backend = backend();
        TaskLaunch launch = launch("task-0", "sleep 60", null);
        String handle = backend.submit(launch);
        backend.stop(handle);
        assertEquals(TaskStatus.STOPPED, backend.states(List.of(handle)).get(handle).status());
        backend.stop(handle);
        backend.stop("jobs/no/such");
        assertTrue(read(launch.logFile()).contains("stopped"));
        assertTrue(read(launch.outputDirectory().resolve(SimulatedRun.METRICS)).contains("STOPPED"));
    }

    @Test
    void aServiceRunsUntilStopped() throws Exception {
        backend = backend();
        String handle = backend.submit(launch("task-0", "python serve.py", 8080));
        Thread.sleep(500);
        assertEquals(TaskStatus.RUNNING, backend.states(List.of(handle)).get(handle).status());
        backend.stop(handle);
        assertEquals(TaskStatus.STOPPED, backend.states(List.of(handle)).get(handle).status());
    }

    @Test
    void aFinishedRunReportedOnceIsStillReportedFromItsRecord() throws Exception {
        backend = backend();
        String handle = backend.submit(launch("task-0", "exit 6", null));
        TaskState finished = awaitFinished(handle);
        assertEquals(finished, backend.states(List.of(handle)).get(handle));
        assertEquals(new TaskState(TaskStatus.FAILED, 6, "exit code 6"), backend.states(List.of(handle)).get(handle));
    }

    @Test
    void anUnknownHandleIsUnknown() throws Exception {
        backend = backend();
        assertEquals(TaskState.unknown(), backend.states(List.of("jobs/x/task-0")).get("jobs/x/task-0"));
        assertEquals(TaskState.unknown(), backend.reattach("jobs/x/task-0"));
    }

    @Test
    void aRestartResumesARunningTaskFromItsRecordedStart() throws Exception {
        backend = backend();
        TaskLaunch launch = launch("task-0", "echo one; sleep 1; echo two", null);
        String handle = backend.submit(launch);
        backend.close();

        backend = backend();
        assertEquals(TaskStatus.RUNNING, backend.reattach(handle).status());
        assertEquals(new TaskState(TaskStatus.SUCCEEDED, 0, "exit code 0"), awaitFinished(handle));
        String log = read(launch.logFile());
        assertInOrder(log, "Z one\n", "Z resumed after a restart of the server\n", "Z two\n",
                "Z finished with exit code 0\n");
    }

    @Test
    void aTaskWhoseEndFellDueWhileTheServerWasDownEndsAtOnceWithItsScriptedCode() throws Exception {
        backend = backend();
        String handle = backend.submit(launch("task-0", "sleep 0.2; exit 5", null));
        backend.close();
        Thread.sleep(400);

        backend = backend();
        assertEquals(new TaskState(TaskStatus.FAILED, 5, "exit code 5"), backend.reattach(handle));
    }

    @Test
    void aFinishedTaskReattachesFinished() throws Exception {
        backend = backend();
        String handle = backend.submit(launch("task-0", "exit 0", null));
        awaitFinished(handle);
        backend.close();

        backend = backend();
        assertEquals(TaskStatus.SUCCEEDED, backend.reattach(handle).status());
    }
}
