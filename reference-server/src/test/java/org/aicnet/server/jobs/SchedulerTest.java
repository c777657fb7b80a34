package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.capacity.NodeSlot;
import org.aicnet.server.capacity.NodeView;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.config.SpecConfig;
import org.aicnet.server.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.aicnet.server.TestNetworks.GPU_1;
import static org.aicnet.server.TestNetworks.GPU_4;
import static org.aicnet.server.TestNetworks.GPU_8;
import static org.aicnet.server.TestNetworks.GPU_CENTER;
import static org.aicnet.server.TestNetworks.NPU_1;
import static org.aicnet.server.TestNetworks.NPU_CENTER;
import static org.aicnet.server.TestNetworks.OFFLINE_CENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The scheduler on the simulated backend: placement, waiting in order, freeing nodes, forward-only states, restart. */
class SchedulerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @TempDir
    Path directory;
    private NetworkConfig config;
    private Database database;
    private JobEngine engine;
    private int names;

    @BeforeEach
    void start() {
        config = TestNetworks.load(directory);
        database = Database.open(directory.resolve("data"));
        engine = JobEngine.start(config, database, directory.resolve("data"));
    }

    @AfterEach
    void close() {
        engine.close();
        database.close();
    }

    private void restart() {
        engine.close();
        engine = JobEngine.start(config, database, directory.resolve("data"));
    }

    private Job submit(String specId, int nodeCount, String command, String... centers) {
        SpecConfig spec = config.specs().stream().filter(s -> s.id().equals(specId)).findFirst().orElseThrow();
        List<String> candidates = centers.length == 0 ? List.of(GPU_CENTER) : List.of(centers);
        return engine.scheduler().submit(new NewJob(JobKind.TRAINING, "u1", "job" + names++, "", spec, nodeCount,
                "img-torch", null, command, candidates, null, engine.scheduler().now())).orElseThrow();
    }

    private Job job(Job job) {
        return engine.jobs().find(job.id()).orElseThrow();
    }

    private Job await(Job job, JobStatus status) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            Job current = job(job);
            if (current.status() == status) {
                return current;
            }
            Thread.sleep(10);
        }
        return fail(job.id() + " is " + job(job).status() + ", not " + status);
    }

    private List<ResourceShape> free(String centerId) {
        return engine.capacity().nodes(centerId).stream().map(NodeView::free).toList();
    }

    private static ResourceShape gpuNode(int cores, int cards, int memory) {
        return new ResourceShape("X86", cores, "GPU", cards, "Nvidia/GPU/V100", 32, memory);
    }

    @Test
    void aJobsTasksGoToDistinctNodesOfItsCenterAndFreeThemWhenItEnds() throws Exception {
        Job job = submit(GPU_4, 2, "sleep 30");
        assertEquals(GPU_CENTER, job.centerId());
        await(job, JobStatus.RUNNING);
        List<Task> tasks = engine.jobs().tasks(job.id());
        assertEquals(List.of(new NodeSlot(0, List.of(0, 1, 2, 3)), new NodeSlot(1, List.of(0, 1, 2, 3))),
                tasks.stream().map(Task::slot).toList());
        assertTrue(tasks.stream().allMatch(task -> task.status() == JobStatus.RUNNING && task.handle() != null));
        assertEquals(List.of(gpuNode(16, 4, 64), gpuNode(16, 4, 64)), free(GPU_CENTER));

        Job stopped = engine.scheduler().stop(job.id()).orElseThrow();
        assertEquals(JobStatus.STOPPED, stopped.status());
        assertEquals(engine.scheduler().now().toLocalDate(), stopped.stoppedTime().toLocalDate());
        assertEquals(List.of(gpuNode(32, 8, 128), gpuNode(32, 8, 128)), free(GPU_CENTER));
        assertTrue(engine.jobs().tasks(job.id()).stream().allMatch(task -> task.status() == JobStatus.STOPPED));
        assertTrue(engine.scheduler().stop(job.id()).isEmpty());
    }

    @Test
    void aFinishedJobsNodesComeBackByThemselves() throws Exception {
        Job job = submit(GPU_8, 1, "sleep 0.3");
        await(job, JobStatus.RUNNING);
        assertEquals(gpuNode(0, 0, 0), free(GPU_CENTER).get(0));
        await(job, JobStatus.SUCCEEDED);
        assertEquals(List.of(gpuNode(32, 8, 128), gpuNode(32, 8, 128)), free(GPU_CENTER));
    }

    @Test
    void aWaitingJobIsNotOvertakenInItsCenterButOtherCentersGoOn() throws Exception {
        Job first = submit(GPU_8, 1, "sleep 30");
        await(first, JobStatus.RUNNING);
        Job second = submit(GPU_4, 1, "sleep 30");
        await(second, JobStatus.RUNNING);
        Job big = submit(GPU_8, 1, "sleep 30");
        Job small = submit(GPU_1, 1, "sleep 30");
        Job elsewhere = submit(NPU_1, 1, "sleep 30", NPU_CENTER);
        await(elsewhere, JobStatus.RUNNING);
        Thread.sleep(300);
        assertEquals(JobStatus.PENDING, job(big).status());
        assertEquals(JobStatus.PENDING, job(small).status(), "the small job would fit, but the big one came first");

        engine.scheduler().stop(first.id());
        await(big, JobStatus.RUNNING);
        await(small, JobStatus.RUNNING);
        assertEquals(0, engine.jobs().tasks(big.id()).get(0).slot().nodeIndex());
        assertEquals(1, engine.jobs().tasks(small.id()).get(0).slot().nodeIndex());
    }

    @Test
    void aNewJobGoesToTheFirstCandidateWithRoomElseTheFirstAbleToHoldIt() throws Exception {
        assertEquals(GPU_CENTER, submit(GPU_8, 1, "sleep 30", NPU_CENTER, GPU_CENTER).centerId(),
                "the NPU center's nodes cannot hold the spec");
        Job fills = submit(GPU_8, 1, "sleep 30", GPU_CENTER);
        await(fills, JobStatus.RUNNING);
        assertEquals(OFFLINE_CENTER, submit(GPU_8, 1, "sleep 30", GPU_CENTER, OFFLINE_CENTER).centerId(),
                "the GPU center has no room, the other has");
        assertEquals(GPU_CENTER, submit(GPU_8, 1, "sleep 30", GPU_CENTER, OFFLINE_CENTER).centerId(),
                "no room anywhere: the first candidate able to hold it");
    }

    @Test
    void statesOnlyMoveForward() throws Exception {
        Job job = submit(GPU_1, 1, "sleep 0.3");
        List<JobStatus> seen = new ArrayList<>(List.of(job.status()));
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline && (seen.isEmpty() || !seen.get(seen.size() - 1).finished())) {
            JobStatus status = job(job).status();
            if (seen.isEmpty() || seen.get(seen.size() - 1) != status) {
                seen.add(status);
            }
            Thread.sleep(5);
        }
        assertEquals(List.of(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.SUCCEEDED), seen);
        assertTrue(engine.scheduler().stop(job.id()).isEmpty(), "a finished job does not stop");
        assertEquals(JobStatus.SUCCEEDED, job(job).status());
    }

    @Test
    void aFailingTaskFailsTheJobWithItsExitCode() throws Exception {
        Job job = submit(GPU_1, 2, "echo starting; exit 3");
        await(job, JobStatus.FAILED);
        assertTrue(engine.jobs().tasks(job.id()).stream()
                .allMatch(task -> task.status() == JobStatus.FAILED && task.exitCode() == 3));
        assertEquals(List.of(gpuNode(32, 8, 128), gpuNode(32, 8, 128)), free(GPU_CENTER));
    }

    @Test
    void deleteRemovesAFinishedJobWithItsFilesAndRefusesAnActiveOne() throws Exception {
        Job running = submit(GPU_1, 1, "sleep 30");
        await(running, JobStatus.RUNNING);
        assertFalse(engine.scheduler().delete(running.id()));
        Job done = submit(GPU_1, 1, "exit 0");
        await(done, JobStatus.SUCCEEDED);
        Path taskDirectory = engine.files().taskDirectory(done.id(), "task-0");
        assertTrue(Files.isDirectory(taskDirectory));
        assertTrue(engine.scheduler().delete(done.id()));
        assertTrue(engine.jobs().find(done.id()).isEmpty());
        assertFalse(Files.exists(taskDirectory.getParent()));
        assertFalse(engine.scheduler().delete(done.id()));
    }

    @Test
    void aRestartResumesRunningTasksWithTheirNodesAndKeepsTheQueue() throws Exception {
        Job running = submit(GPU_8, 2, "sleep 1.5");
        await(running, JobStatus.RUNNING);
        Job waiting = submit(GPU_1, 1, "exit 0");
        Job finished = submit(NPU_1, 1, "exit 4", NPU_CENTER);
        await(finished, JobStatus.FAILED);

        restart();
        assertEquals(JobStatus.RUNNING, job(running).status());
        assertEquals(List.of(gpuNode(0, 0, 0), gpuNode(0, 0, 0)), free(GPU_CENTER), "its nodes are held again");
        assertEquals(JobStatus.PENDING, job(waiting).status());
        assertEquals(JobStatus.FAILED, job(finished).status());
        await(running, JobStatus.SUCCEEDED);
        await(waiting, JobStatus.SUCCEEDED);
        assertTrue(Files.readString(engine.files().logFile(running.id(), "task-1"))
                .contains("resumed after a restart of the server"));
    }

    @Test
    void aTaskThatCannotBeReattachedIsUnknownAndSoIsItsJob() throws Exception {
        Job job = submit(GPU_4, 2, "sleep 30");
        await(job, JobStatus.RUNNING);
        engine.close();
        Files.delete(engine.files().taskDirectory(job.id(), "task-0").resolve("simulated-run.json"));
        engine = JobEngine.start(config, database, directory.resolve("data"));

        assertEquals(JobStatus.UNKNOWN, job(job).status());
        List<Task> tasks = engine.jobs().tasks(job.id());
        assertEquals(List.of(JobStatus.UNKNOWN, JobStatus.STOPPED), tasks.stream().map(Task::status).toList());
        assertEquals(List.of(gpuNode(32, 8, 128), gpuNode(32, 8, 128)), free(GPU_CENTER));
        assertTrue(engine.scheduler().delete(job.id()));
    }
}
