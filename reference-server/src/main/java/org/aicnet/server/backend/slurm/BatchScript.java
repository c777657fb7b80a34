package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.backend.TaskLaunch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Slurm job for all tasks of a job: {@code --nodes} is the job's node count, each node runs one task with the
 * spec's cores ({@code --cpus-per-task}), memory ({@code --mem}, per node) and cards ({@code --gres=gpu:N}).
 *
 * <p>Each task gets a script in its work directory, {@value #DIRECTORY}/{@value #TASK_SCRIPT}, that exports its
 * variables, enters the work directory and runs the command with /bin/sh. The batch script runs the one task itself,
 * its output going to the task's log through {@code --output}; for several nodes it starts the task scripts with
 * {@code srun}, one per node, each appending its output to its own task's log. The data directory must then be
 * shared by the nodes, as it must anyway for logs and results.
 */
final class BatchScript {

    static final String DIRECTORY = ".aicnet-slurm";
    static final String TASK_SCRIPT = "task.sh";
    static final String BATCH_SCRIPT = "batch.sh";

    private BatchScript() {
    }

    /** The sbatch options of the job. */
    static List<String> options(List<TaskLaunch> launches, SlurmSettings settings) {
        TaskLaunch first = launches.get(0);
        ResourceShape demand = first.demand();
        int nodes = launches.size();
        List<String> options = new ArrayList<>();
        options.add("--job-name=aicnet-" + first.jobId());
        options.add("--nodes=" + nodes);
        options.add("--ntasks=" + nodes);
        options.add("--ntasks-per-node=1");
        if (demand.coreNum() > 0) {
            options.add("--cpus-per-task=" + demand.coreNum());
        }
        // --mem=0 would ask for all of a node's memory
        if (demand.memoryGiB() > 0) {
            options.add("--mem=" + demand.memoryGiB() + "G");
        }
        if (demand.processorNum() > 0) {
            options.add("--gres=" + settings.gresOf(demand.processorType()) + ":" + demand.processorNum());
        }
        options.add("--chdir=" + first.workDirectory());
        options.add("--output=" + first.logFile());
        options.add("--open-mode=append");
        return options;
    }

    /** Writes the task scripts and the batch script into the tasks' work directories; returns the batch script. */
    static Path write(List<TaskLaunch> launches, SlurmSettings settings) throws BackendException {
        boolean distributed = launches.size() > 1;
        List<Path> taskScripts = new ArrayList<>();
        try {
            for (TaskLaunch launch : launches) {
                Path directory = Files.createDirectories(launch.workDirectory().resolve(DIRECTORY));
                Files.createDirectories(launch.outputDirectory());
                Files.createDirectories(launch.logFile().getParent());
                taskScripts.add(Files.writeString(directory.resolve(TASK_SCRIPT),
                        taskScript(launch, settings.environment(), distributed)));
            }
            Path batch = launches.get(0).workDirectory().resolve(DIRECTORY).resolve(BATCH_SCRIPT);
            return Files.writeString(batch, batchScript(launches.get(0), taskScripts,
                    settings.command("srun")));
        } catch (IOException e) {
            throw new BackendException("cannot write the batch script of job " + launches.get(0).jobId() + ": "
                    + e.getMessage(), e);
        }
    }

    static String taskScript(TaskLaunch launch, Map<String, String> settingsEnvironment, boolean ownLog) {
        Map<String, String> environment = new LinkedHashMap<>(settingsEnvironment);
        environment.putAll(launch.environment());
        StringBuilder script = new StringBuilder("#!/bin/sh\n");
        script.append("# aicnet task ").append(launch.taskId()).append(" of job ").append(launch.jobId())
                .append(", node ").append(launch.taskIndex() + 1).append(" of ").append(launch.taskCount())
                .append('\n');
        environment.forEach((name, value) -> script.append("export ").append(name).append('=').append(quote(value))
                .append('\n'));
        script.append("cd ").append(quote(launch.workDirectory().toString())).append(" || exit 1\n");
        if (ownLog) {
            script.append("exec >>").append(quote(launch.logFile().toString())).append(" 2>&1\n");
        }
        script.append("exec /bin/sh -c ").append(quote(launch.command() == null ? "" : launch.command()))
                .append('\n');
        return script.toString();
    }

    static String batchScript(TaskLaunch first, List<Path> taskScripts, String srun) {
        StringBuilder script = new StringBuilder("#!/bin/sh\n");
        script.append("# aicnet job ").append(first.jobId()).append(" of center ").append(first.centerId())
                .append(": ").append(taskScripts.size()).append(taskScripts.size() == 1 ? " task\n" : " tasks\n");
        if (taskScripts.size() == 1) {
            script.append("exec /bin/sh ").append(quote(taskScripts.get(0).toString())).append('\n');
            return script.toString();
        }
        // one task per node: the task with rank $SLURM_PROCID runs the script of the task of that index
        script.append("exec ").append(quote(srun)).append(" --kill-on-bad-exit=1 --ntasks=").append(taskScripts.size())
                .append(" --ntasks-per-node=1");
        if (first.demand().coreNum() > 0) {
            script.append(" --cpus-per-task=").append(first.demand().coreNum());
        }
        script.append(" /bin/sh -c 'shift \"$SLURM_PROCID\"; exec /bin/sh \"$1\"' aicnet-node");
        for (Path task : taskScripts) {
            script.append(" \\\n  ").append(quote(task.toString()));
        }
        return script.append('\n').toString();
    }

    /** The text as one word of /bin/sh: in single quotes, each ' written as '\''. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
