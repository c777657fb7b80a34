package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.Launches;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.backend.TaskLaunch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sbatch options and scripts of a job: its spec as Slurm's resources, its tasks' variables and commands. */
class BatchScriptTest {

    private static final ResourceShape TWO_GPUS = new ResourceShape("X86", 16, "GPU", 2, "Nvidia/GPU/A100", 80, 64);

    @TempDir
    Path data;

    @Test
    void theSpecBecomesCoresMemoryAndGenericResourcesOfEachNode() throws Exception {
        TaskLaunch launch = Launches.of(data, "j1", "task-0", 0, 1, "train", TWO_GPUS, List.of(0, 1), null);
        assertEquals(List.of("--job-name=aicnet-j1", "--nodes=1", "--ntasks=1", "--ntasks-per-node=1",
                "--cpus-per-task=16", "--mem=64G", "--gres=gpu:2", "--chdir=" + launch.workDirectory(),
                "--output=" + launch.logFile(), "--open-mode=append"),
                BatchScript.options(List.of(launch), settings(Map.of())));
        TaskLaunch npu = Launches.of(data, "j2", "task-0", 0, 1, "train",
                new ResourceShape("ARM", 24, "NPU", 1, "Huawei/NPU/Ascend910", 32, 96), List.of(0), null);
        assertTrue(BatchScript.options(List.of(npu), settings(Map.of("gres", Map.of("NPU", "ascend"))))
                .contains("--gres=ascend:1"));
    }

    @Test
    void aDistributedJobAsksForAllItsNodesAtOnce() throws Exception {
        List<TaskLaunch> tasks = List.of(
                Launches.of(data, "j3", "task-0", 0, 2, "train", TWO_GPUS, List.of(0, 1), null),
                Launches.of(data, "j3", "task-1", 1, 2, "train", TWO_GPUS, List.of(0, 1), null));
        List<String> options = BatchScript.options(tasks, settings(Map.of()));
        assertTrue(options.containsAll(List.of("--nodes=2", "--ntasks=2", "--ntasks-per-node=1", "--gres=gpu:2",
                "--output=" + tasks.get(0).logFile())), options.toString());

        Path batch = BatchScript.write(tasks, settings(Map.of("srun", "/opt/slurm/bin/srun")));
        String script = Files.readString(batch);
        assertTrue(script.contains("exec '/opt/slurm/bin/srun' --kill-on-bad-exit=1 --ntasks=2 --ntasks-per-node=1 "
                + "--cpus-per-task=16 /bin/sh -c 'shift \"$SLURM_PROCID\"; exec /bin/sh \"$1\"' aicnet-node"), script);
        String second = Files.readString(tasks.get(1).workDirectory().resolve(".aicnet-slurm/task.sh"));
        assertTrue(second.contains("exec >>'" + tasks.get(1).logFile() + "' 2>&1\n"), "each node writes its own log");
        assertTrue(second.contains("export AICNET_NODE_INDEX='1'\n"), second);
    }

    @Test
    void theNodeOfEachRankRunsTheScriptOfThatTask() throws Exception {
        List<TaskLaunch> tasks = List.of(
                Launches.of(data, "j4", "task-0", 0, 2, "echo zero", TWO_GPUS, List.of(), null),
                Launches.of(data, "j4", "task-1", 1, 2, "echo \"node $AICNET_NODE_INDEX of $AICNET_NODE_COUNT\"",
                        TWO_GPUS, List.of(), null));
        Path batch = BatchScript.write(tasks, settings(Map.of()));
        // srun started on rank 1 runs the command that follows "exec srun ..." with SLURM_PROCID=1
        String script = Files.readString(batch);
        String perNode = script.substring(script.indexOf("/bin/sh -c '"));
        Process rank1 = new ProcessBuilder("/bin/sh", "-c", "SLURM_PROCID=1 exec " + perNode)
                .redirectErrorStream(true).start();
        assertTrue(rank1.waitFor(10, TimeUnit.SECONDS));
        assertEquals("node 1 of 2\n", Files.readString(tasks.get(1).logFile(), StandardCharsets.UTF_8));
    }

    @Test
    void aSingleTaskRunsInTheBatchScriptWithItsVariablesAndQuotesIntact() throws Exception {
        String command = "printf '%s|' \"$AICNET_JOB_ID\" \"$AICNET_TASK_ID\" \"$AICNET_OUTPUT_DIR\" \"$EXTRA\"; "
                + "echo \"it's $(basename \"$PWD\")\"; exit 7";
        TaskLaunch launch = Launches.of(data, "j5", command);
        Path batch = BatchScript.write(List.of(launch),
                settings(Map.of("environment", Map.of("EXTRA", "a 'quoted' $value"))));
        Process process = new ProcessBuilder("/bin/sh", batch.toString()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        assertEquals(7, process.exitValue());
        assertEquals("j5|task-0|" + launch.outputDirectory() + "|a 'quoted' $value|it's task-0\n",
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(Files.isDirectory(launch.outputDirectory()), "the output directory is there before the job");
    }

    @Test
    void quotingKeepsEveryCharacter() {
        assertEquals("'plain'", BatchScript.quote("plain"));
        assertEquals("'it'\\''s'", BatchScript.quote("it's"));
    }

    private static SlurmSettings settings(Map<String, Object> settings) throws Exception {
        return SlurmSettings.of(settings);
    }
}
