package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.BackendSettings;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code backend.settings} of a {@code slurm} center, all optional:
 *
 * <ul>
 * <li>{@code sbatch}, {@code squeue}, {@code scontrol}, {@code scancel}, {@code sinfo}, {@code sacct}, {@code srun}:
 * the commands (default: their names, found on the PATH; srun runs on the cluster, in the batch script);</li>
 * <li>{@code partition}: where jobs go and whose nodes are the center's (default: the cluster's default partition,
 * every node);</li>
 * <li>{@code sbatchArguments}: more arguments for every sbatch, e.g. [--account=ai, --time=24:00:00];</li>
 * <li>{@code environment}: variables for the commands and, through sbatch, for the jobs (SLURM_CONF);</li>
 * <li>{@code jobCompLog}: the job completion log (JobCompType=jobcomp/filetxt) where finished jobs are looked up once
 * squeue has forgotten them (default: the cluster's JobCompLoc, when the server can read it);</li>
 * <li>{@code gres}: the generic resource of each processor type (default gpu, npu, mlu);</li>
 * <li>{@code cpuArch}: the nodes' architecture of 6.3.1, which sinfo does not tell (default: that of the center's
 * configured nodes, else X86);</li>
 * <li>{@code pollInterval}: the least time between two squeue calls (PT1S); {@code commandTimeout} (PT30S).</li>
 * </ul>
 */
record SlurmSettings(Map<String, String> commands, String partition, List<String> sbatchArguments,
                     Map<String, String> environment, String jobCompLog, Map<String, String> gres, String cpuArch,
                     Duration pollInterval, Duration commandTimeout) {

    static final List<String> COMMANDS = List.of("sbatch", "squeue", "scontrol", "scancel", "sinfo", "sacct", "srun");
    private static final Map<String, String> GRES = Map.of("GPU", "gpu", "NPU", "npu", "MLU", "mlu");

    static SlurmSettings of(Map<String, Object> settings) throws BackendException {
        BackendSettings read = new BackendSettings(settings);
        Map<String, String> commands = new LinkedHashMap<>();
        for (String command : COMMANDS) {
            commands.put(command, read.string(command, command));
        }
        Map<String, String> environment = read.map("environment");
        for (String name : environment.keySet()) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new BackendException("setting 'environment' names '" + name + "', which is no variable name");
            }
        }
        Map<String, String> gres = new LinkedHashMap<>(GRES);
        read.map("gres").forEach((type, name) -> gres.put(type.toUpperCase(Locale.ROOT), name));
        return new SlurmSettings(commands, read.string("partition", null), read.strings("sbatchArguments"),
                environment, read.string("jobCompLog", null), gres, read.string("cpuArch", null),
                read.duration("pollInterval", Duration.ofSeconds(1)),
                read.duration("commandTimeout", Duration.ofSeconds(30)));
    }

    String command(String name) {
        return commands.get(name);
    }

    /** The gres of a processor type, e.g. gpu for GPU. */
    String gresOf(String processorType) {
        return gres.getOrDefault(processorType.toUpperCase(Locale.ROOT), processorType.toLowerCase(Locale.ROOT));
    }
}
