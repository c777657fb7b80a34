package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.Fixtures;
import org.aicnet.server.backend.Launches;
import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.RecordedCommands;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;
import org.aicnet.server.backend.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Slurm backend on recorded outputs of Slurm's commands: what it runs, and what it makes of the answers. */
class SlurmBackendTest {

    private static final String CONFIG = Fixtures.text("slurm/scontrol-show-config.txt");
    private static final String INVALID_JOB = Fixtures.text("slurm/squeue-invalid-job.err");

    @TempDir
    Path data;
    private final RecordedCommands slurm = new RecordedCommands()
            .answer("scontrol", List.of("show", "config"), CONFIG);

    @Test
    void aClusterThatDoesNotAnswerCannotRunTasks() {
        slurm.answer("scontrol", List.of("show", "config"), 1, "",
                "slurm_load_ctl_conf error: Unable to contact slurm controller (connect failure)\n");
        BackendException e = assertThrows(BackendException.class, () -> backend(Map.of()));
        assertTrue(e.getMessage().startsWith("cannot reach the Slurm cluster: scontrol show config exited with 1: "
                + "slurm_load_ctl_conf error: Unable to contact"), e.getMessage());
    }

    @Test
    void aJobIsOneSbatchWithTheSettingsArgumentsAfterItsOwn() throws Exception {
        slurm.answer("sbatch", List.of(), Fixtures.text("slurm/sbatch-parsable.txt"));
        SlurmBackend backend = backend(Map.of("partition", "gpu", "sbatchArguments", List.of("--account=ai",
                "--time=01:00:00")));
        List<TaskLaunch> tasks = List.of(
                Launches.of(data, "j1", "task-0", 0, 2, "train", Launches.SMALL, List.of(), null),
                Launches.of(data, "j1", "task-1", 1, 2, "train", Launches.SMALL, List.of(), null));

        assertEquals(List.of("7", "7"), backend.submitJob(tasks), "the tasks share their Slurm job");

        List<String> sbatch = slurm.ran("sbatch").get(0);
        assertEquals(List.of("sbatch", "--parsable", "--partition=gpu"), sbatch.subList(0, 3));
        assertEquals(BatchScript.options(tasks, SlurmSettings.of(Map.of())), sbatch.subList(3, sbatch.size() - 3));
        assertEquals(List.of("--account=ai", "--time=01:00:00",
                tasks.get(0).workDirectory().resolve(".aicnet-slurm/batch.sh").toString()),
                sbatch.subList(sbatch.size() - 3, sbatch.size()));
    }

    @Test
    void aRefusalSaysWhatSlurmSaid() throws Exception {
        slurm.answer("sbatch", List.of(), 1, "",
                "sbatch: error: Batch job submission failed: Requested node configuration is not available\n");
        BackendException e = assertThrows(BackendException.class,
                () -> backend(Map.of()).submit(Launches.of(data, "j2", "train")));
        assertTrue(e.getMessage().endsWith("Requested node configuration is not available"), e.getMessage());
    }

    @Test
    void activeJobsAreReadWithOneSqueue() throws Exception {
        slurm.answer("squeue", List.of(), Fixtures.text("slurm/squeue-mixed.txt"));
        Map<String, TaskState> states = backend(Map.of()).states(List.of("5", "9"));
        assertEquals(new TaskState(TaskStatus.RUNNING, null, "Slurm job 5 RUNNING, from squeue"), states.get("5"));
        assertEquals(new TaskState(TaskStatus.PENDING, null, "Slurm job 9 PENDING (Resources), from squeue"),
                states.get("9"));
        assertEquals(List.of(List.of("squeue", "--noheader", "--states=all", "--jobs=5,9", "--format=%i|%T|%r")),
                slurm.ran("squeue"));
    }

    @Test
    void aJobSqueueShowsEndedIsReadWithScontrolForItsExitCodeOnce() throws Exception {
        slurm.answer("squeue", List.of(), "11|FAILED|NonZeroExitCode\n")
                .answer("scontrol", List.of("show", "job", "11"), Fixtures.text("slurm/scontrol-show-job-failed.txt"));
        SlurmBackend backend = backend(Map.of("pollInterval", "PT0S"));
        TaskState failed = backend.states(List.of("11")).get("11");
        assertEquals(new TaskState(TaskStatus.FAILED, 3,
                "Slurm job 11 FAILED (NonZeroExitCode), exit code 3, from scontrol"), failed);
        assertEquals(failed, backend.states(List.of("11")).get("11"));
        assertEquals(1, slurm.ran("squeue").size(), "an ended job is not asked for again");
    }

    @Test
    void aJobSqueueHasForgottenIsFoundInTheCompletionLog() throws Exception {
        Path log = Files.writeString(data.resolve("jobcomp.log"), Fixtures.text("slurm/jobcomp.log"));
        slurm.answer("squeue", List.of(), 1, "", INVALID_JOB);
        SlurmBackend backend = backend(Map.of("jobCompLog", log.toString()));
        assertEquals(new TaskState(TaskStatus.SUCCEEDED, 0, "Slurm job 9 COMPLETED, exit code 0, from the job "
                + "completion log"), backend.states(List.of("9")).get("9"));
        assertEquals(new TaskState(TaskStatus.STOPPED, null, "Slurm job 10 CANCELLED, from the job completion log"),
                backend.reattach("10"), "cancelled while pending: no output file, but a record");
    }

    @Test
    void theCompletionLogIsTheOneTheClusterNames() throws Exception {
        Path log = Files.writeString(data.resolve("jobcomp.log"), Fixtures.text("slurm/jobcomp.log"));
        slurm.answer("scontrol", List.of("show", "config"), CONFIG.replace("/tmp/aicnet-slurm/jobcomp.log",
                log.toString()));
        slurm.answer("squeue", List.of(), "");
        assertEquals(TaskStatus.FAILED, backend(Map.of()).states(List.of("8")).get("8").status());
    }

    @Test
    void aJobFoundNowhereIsUnknownWithTheReason() throws Exception {
        slurm.answer("squeue", List.of(), 1, "", INVALID_JOB);
        TaskState state = backend(Map.of("jobCompLog", data.resolve("missing.log").toString()))
                .states(List.of("4242")).get("4242");
        assertEquals(TaskStatus.UNKNOWN, state.status());
        assertTrue(state.reason().startsWith("Slurm job 4242 is no longer known to slurmctld"), state.reason());
        assertTrue(state.reason().endsWith("not in the job completion log " + data.resolve("missing.log")),
                state.reason());
    }

    @Test
    void withAccountingSacctIsAskedFirst() throws Exception {
        slurm.answer("scontrol", List.of("show", "config"), CONFIG.replace("accounting_storage/none",
                "accounting_storage/slurmdbd").replace("jobcomp/filetxt", "jobcomp/none"));
        slurm.answer("squeue", List.of(), "");
        slurm.answer("sacct", List.of("--jobs=1003"), "1003|CANCELLED by 1000|0:15\n");
        assertEquals(new TaskState(TaskStatus.STOPPED, null, "Slurm job 1003 CANCELLED, from sacct"),
                backend(Map.of()).states(List.of("1003")).get("1003"));
    }

    @Test
    void aControllerThatDoesNotAnswerIsAnErrorNotAState() throws Exception {
        slurm.answer("squeue", List.of(), 1, "",
                "slurm_load_jobs error: Unable to contact slurm controller (connect failure)\n");
        BackendException e = assertThrows(BackendException.class, () -> backend(Map.of()).states(List.of("5")));
        assertTrue(e.getMessage().contains("Unable to contact slurm controller"), e.getMessage());
    }

    @Test
    void squeueRunsAtMostOncePerPollInterval() throws Exception {
        slurm.answer("squeue", List.of(), Fixtures.text("slurm/squeue-mixed.txt")).answer("scancel", List.of(), "");
        SlurmBackend backend = backend(Map.of("pollInterval", "PT1H"));
        backend.states(List.of("5"));
        backend.states(List.of("5"));
        assertEquals(1, slurm.ran("squeue").size());
        backend.states(List.of("5", "9"));
        assertEquals(2, slurm.ran("squeue").size(), "a job not read yet is read at once");
        backend.stop("5");
        backend.states(List.of("5", "9"));
        assertEquals(3, slurm.ran("squeue").size(), "a stop is seen at the next poll");
    }

    @Test
    void stopCancelsAndAnEndedJobIsLeftAlone() throws Exception {
        slurm.answer("scancel", List.of(), "");
        SlurmBackend backend = backend(Map.of());
        backend.stop("5");
        assertEquals(List.of(List.of("scancel", "5")), slurm.ran("scancel"));
        slurm.answer("scancel", List.of(), 1, "",
                "scancel: error: Kill job error on job id 6: Job/step already completing or completed\n");
        backend.stop("6");
        slurm.answer("scancel", List.of(), 1, "", "scancel: error: Unable to contact slurm controller\n");
        assertThrows(BackendException.class, () -> backend.stop("5"));
    }

    @Test
    void theNodesAreSinfosGroupedByShape() throws Exception {
        slurm.answer("sinfo", List.of(), Fixtures.text("slurm/sinfo.txt"));
        assertEquals(List.of(new NodeGroup(new ResourceShape("X86", 16, "GPU", 8, "Nvidia/GPU/generic", 0, 23), 1)),
                backend(Map.of()).capacity(), "2 cores that 8 jobs may share each, 8 GPUs of no type");

        slurm.answer("sinfo", List.of("--partition=gpu"), """
                gpu01|64|515000|gpu:a100:8(S:0-1)|NO
                gpu02|64|515000|gpu:a100:8(S:0-1)|NO
                cpu01|128|257000|(null)|NO
                """);
        NodeGroup configured = new NodeGroup(new ResourceShape("ARM", 1, "GPU", 1, "Nvidia/GPU/A100", 80, 1), 1);
        List<NodeGroup> nodes = backend(Map.of("partition", "gpu"), List.of(configured)).capacity();
        assertEquals(List.of(
                new NodeGroup(new ResourceShape("ARM", 64, "GPU", 8, "Nvidia/GPU/A100", 80, 502), 2),
                new NodeGroup(new ResourceShape("ARM", 128, "", 0, "", 0, 250), 1)), nodes);

        slurm.answer("sinfo", List.of(), "");
        assertThrows(BackendException.class, () -> backend(Map.of()).capacity());
    }

    @Test
    void withoutConfiguredCardsTheProductIsTheGenericResourcesType() throws Exception {
        slurm.answer("sinfo", List.of(), "n1|32|128000|gpu:h100:4|NO\n");
        assertEquals(new ResourceShape("X86", 32, "GPU", 4, "Nvidia/GPU/H100", 0, 125),
                backend(Map.of("cpuArch", "X86")).capacity().get(0).shape());
    }

    private SlurmBackend backend(Map<String, Object> settings) throws BackendException {
        return backend(settings, List.of());
    }

    private SlurmBackend backend(Map<String, Object> settings, List<NodeGroup> configured) throws BackendException {
        Map<String, Object> all = new HashMap<>(Map.of("pollInterval", "PT0S"));
        all.putAll(settings);
        BackendContext context = new BackendContext("c1", all, configured,
                Duration.ofSeconds(1), Duration.ofMillis(100), data);
        return SlurmBackend.start(context, SlurmSettings.of(all), slurm);
    }
}
