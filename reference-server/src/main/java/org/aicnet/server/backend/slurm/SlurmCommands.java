package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.CommandResult;
import org.aicnet.server.backend.CommandRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Slurm command lines the backend runs, each through the {@link CommandRunner}, and what their answers mean. */
final class SlurmCommands {

    /** What squeue and scontrol say of a job id slurmctld does not have (any more). */
    private static final String INVALID_JOB = "Invalid job id";
    /** What scancel says of a job that has already ended. */
    private static final String ALREADY_DONE = "already completing or completed";

    private final CommandRunner runner;
    private final SlurmSettings settings;

    SlurmCommands(CommandRunner runner, SlurmSettings settings) {
        this.runner = runner;
        this.settings = settings;
    }

    /** sbatch: submits the batch script with the options and returns the job id. */
    String submit(List<String> options, Path script) throws BackendException {
        List<String> command = new ArrayList<>(List.of(settings.command("sbatch"), "--parsable"));
        if (settings.partition() != null) {
            command.add("--partition=" + settings.partition());
        }
        command.addAll(options);
        command.addAll(settings.sbatchArguments());
        command.add(script.toString());
        CommandResult result = runner.run(command);
        if (!result.succeeded()) {
            throw new BackendException("Slurm refused the job: " + result.failure());
        }
        try {
            return SlurmOutput.jobId(result.stdout());
        } catch (IllegalArgumentException e) {
            throw new BackendException(e.getMessage());
        }
    }

    /** squeue: the jobs slurmctld still holds, pending, running or ended within MinJobAge; absent ones left out. */
    Map<String, JobRecord> queue(Collection<String> ids) throws BackendException {
        CommandResult result = runner.run(List.of(settings.command("squeue"), "--noheader", "--states=all",
                "--jobs=" + String.join(",", ids), "--format=" + SlurmOutput.SQUEUE_FORMAT));
        if (result.succeeded()) {
            return SlurmOutput.squeue(result.stdout());
        }
        // squeue --jobs=N of a single job that left slurmctld fails; of several it lists those it has
        if (result.stderr().contains(INVALID_JOB)) {
            return Map.of();
        }
        throw new BackendException(result.failure());
    }

    /** scontrol show job: one job as slurmctld holds it, with its exit code; empty once it left slurmctld. */
    Optional<JobRecord> show(String id) throws BackendException {
        CommandResult result = runner.run(List.of(settings.command("scontrol"), "--oneliner", "show", "job", id));
        if (result.succeeded()) {
            return Optional.ofNullable(SlurmOutput.keyValueJobs(result.stdout().lines().toList(), Set.of(id),
                    "scontrol").get(id));
        }
        if (result.stderr().contains(INVALID_JOB)) {
            return Optional.empty();
        }
        throw new BackendException(result.failure());
    }

    /** sacct: the jobs the accounting database recorded. */
    Map<String, JobRecord> accounting(Collection<String> ids) throws BackendException {
        CommandResult result = runner.run(List.of(settings.command("sacct"), "--noheader", "--parsable2",
                "--allocations", "--jobs=" + String.join(",", ids), "--format=" + SlurmOutput.SACCT_FIELDS));
        if (!result.succeeded()) {
            throw new BackendException(result.failure());
        }
        return SlurmOutput.sacct(result.stdout());
    }

    /** scancel: Slurm sends SIGTERM to the job's processes and SIGKILL after KillWait; an ended job is left alone. */
    void cancel(String id) throws BackendException {
        CommandResult result = runner.run(List.of(settings.command("scancel"), id));
        if (!result.succeeded() && !result.stderr().contains(ALREADY_DONE) && !result.stderr().contains(INVALID_JOB)) {
            throw new BackendException(result.failure());
        }
    }

    /** sinfo: the nodes of the partition (of every partition when none is set). */
    List<SinfoNode> nodes() throws BackendException {
        List<String> command = new ArrayList<>(List.of(settings.command("sinfo"), "--Node", "--noheader",
                "--format=" + SinfoNode.FORMAT));
        if (settings.partition() != null) {
            command.add("--partition=" + settings.partition());
        }
        CommandResult result = runner.run(command);
        if (!result.succeeded()) {
            throw new BackendException(result.failure());
        }
        return SinfoNode.parse(result.stdout());
    }

    /** scontrol show config: the cluster's configuration, key by key. */
    Map<String, String> config() throws BackendException {
        CommandResult result = runner.run(List.of(settings.command("scontrol"), "show", "config"));
        if (!result.succeeded()) {
            throw new BackendException(result.failure());
        }
        return SlurmOutput.config(result.stdout());
    }
}
