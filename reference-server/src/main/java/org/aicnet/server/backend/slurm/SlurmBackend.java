package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.CommandRunner;
import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;
import org.aicnet.server.backend.TaskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the tasks of a center on a Slurm cluster through its command-line tools ({@link SlurmCommands}). A job is one
 * Slurm job of {@code nodeCount} nodes ({@link BatchScript}); its tasks share it, and its id is their handle.
 *
 * <p>States: one squeue for all active jobs, at most every {@code pollInterval}. A job squeue shows ended is read
 * once more with scontrol for its exit code; a job squeue no longer shows (it ended more than MinJobAge ago, or the
 * server was down meanwhile) is looked up where Slurm keeps finished jobs ({@link FinishedJobs}), and is UNKNOWN when
 * it is found nowhere. Slurm's states become the standard's as {@link SlurmState} says. A state once finished is kept
 * and Slurm is not asked again.
 *
 * <p>Restart: nothing of a Slurm job lives in the server, so {@link #reattach} reads its state like any poll.
 */
final class SlurmBackend implements AcceleratorBackend {

    private static final Logger LOG = LoggerFactory.getLogger(SlurmBackend.class);
    private static final Map<String, String> VENDORS = Map.of("GPU", "Nvidia", "NPU", "Huawei", "MLU", "Cambricon");

    private final BackendContext context;
    private final SlurmSettings settings;
    private final SlurmCommands commands;
    private final FinishedJobs finished;
    /** Final states by Slurm job id, never asked again. */
    private final Map<String, TaskState> finals = new LinkedHashMap<>();
    /** The last squeue's states of active jobs, and when it ran. */
    private Map<String, TaskState> active = Map.of();
    private long readAt;

    private SlurmBackend(BackendContext context, SlurmSettings settings, SlurmCommands commands,
                         FinishedJobs finished) {
        this.context = context;
        this.settings = settings;
        this.commands = commands;
        this.finished = finished;
    }

    static SlurmBackend start(BackendContext context, SlurmSettings settings, CommandRunner runner)
            throws BackendException {
        SlurmCommands commands = new SlurmCommands(runner, settings);
        Map<String, String> config;
        try {
            config = commands.config();
        } catch (BackendException e) {
            throw new BackendException("cannot reach the Slurm cluster: " + e.getMessage(), e);
        }
        FinishedJobs finished = FinishedJobs.of(commands, config, settings.jobCompLog());
        LOG.info("center {}: Slurm cluster {} (Slurm {}), partition {}; finished jobs from {}", context.centerId(),
                config.getOrDefault("ClusterName", "?"), config.getOrDefault("SLURM_VERSION", "?"),
                settings.partition() == null ? "(default)" : settings.partition(), finished.describe());
        return new SlurmBackend(context, settings, commands, finished);
    }

    @Override
    public String submit(TaskLaunch launch) throws BackendException {
        return submitJob(List.of(launch)).get(0);
    }

    /** One Slurm job for all the job's tasks, started together on {@code --nodes} nodes. */
    @Override
    public List<String> submitJob(List<TaskLaunch> launches) throws BackendException {
        Path script = BatchScript.write(launches, settings);
        String id = commands.submit(BatchScript.options(launches, settings), script);
        synchronized (this) {
            readAt = 0;
        }
        return Collections.nCopies(launches.size(), id);
    }

    @Override
    public synchronized Map<String, TaskState> states(Collection<String> handles) throws BackendException {
        Set<String> open = new LinkedHashSet<>(handles);
        open.removeAll(finals.keySet());
        if (!open.isEmpty() && (!active.keySet().containsAll(open)
                                || System.currentTimeMillis() - readAt >= settings.pollInterval().toMillis())) {
            active = read(open);
            readAt = System.currentTimeMillis();
        }
        Map<String, TaskState> states = new LinkedHashMap<>();
        for (String handle : handles) {
            TaskState state = finals.containsKey(handle) ? finals.get(handle) : active.get(handle);
            states.put(handle, state == null ? TaskState.unknown() : state);
        }
        return states;
    }

    /** scancel; Slurm ends the job's processes (SIGTERM, SIGKILL after KillWait), pending or running. */
    @Override
    public void stop(String handle) throws BackendException {
        commands.cancel(handle);
        synchronized (this) {
            readAt = 0;
        }
    }

    @Override
    public TaskState reattach(String handle) throws BackendException {
        synchronized (this) {
            readAt = 0;
        }
        return states(List.of(handle)).get(handle);
    }

    /** The nodes sinfo lists, grouped by shape in sinfo's order. */
    @Override
    public List<NodeGroup> capacity() throws BackendException {
        List<SinfoNode> nodes = commands.nodes();
        if (nodes.isEmpty()) {
            throw new BackendException("sinfo lists no node" + (settings.partition() == null ? ""
                    : " in partition " + settings.partition()));
        }
        Map<ResourceShape, Integer> groups = new LinkedHashMap<>();
        for (SinfoNode node : nodes) {
            groups.merge(shape(node), 1, Integer::sum);
        }
        List<NodeGroup> capacity = new ArrayList<>();
        groups.forEach((shape, count) -> capacity.add(new NodeGroup(shape, count)));
        return capacity;
    }

    /** The states of the jobs slurmctld still holds, then of those it has forgotten; the finished ones kept. */
    private Map<String, TaskState> read(Set<String> ids) throws BackendException {
        Map<String, JobRecord> queue = commands.queue(ids);
        Map<String, TaskState> states = new LinkedHashMap<>();
        List<String> gone = new ArrayList<>();
        for (String id : ids) {
            JobRecord record = queue.get(id);
            if (record != null && !record.finished()) {
                states.put(id, state(record));
                continue;
            }
            JobRecord ended = record == null ? null : commands.show(id).filter(JobRecord::finished).orElse(null);
            if (ended != null) {
                finals.put(id, state(ended));
            } else {
                gone.add(id);
            }
        }
        if (!gone.isEmpty()) {
            Map<String, JobRecord> found = finished.find(gone);
            for (String id : gone) {
                JobRecord record = found.get(id);
                finals.put(id, record != null ? state(record) : new TaskState(TaskStatus.UNKNOWN, null,
                        "Slurm job " + id + " is no longer known to slurmctld (it ended more than MinJobAge ago, or "
                                + "never existed) and is not in " + finished.describe()));
            }
        }
        return states;
    }

    private static TaskState state(JobRecord record) {
        TaskStatus status = SlurmState.of(record.state());
        Integer exitCode = status == TaskStatus.SUCCEEDED || status == TaskStatus.FAILED
                ? SlurmState.exitCode(record.exitCode()) : null;
        StringBuilder reason = new StringBuilder("Slurm job ").append(record.id()).append(' ')
                .append(record.state());
        if (record.reason() != null) {
            reason.append(" (").append(record.reason()).append(')');
        }
        if (exitCode != null) {
            reason.append(", exit code ").append(exitCode);
        }
        if (!SlurmState.known(record.state())) {
            reason.append(", a state this server does not know");
        }
        reason.append(", from ").append(record.source());
        return new TaskState(status, exitCode, reason.toString());
    }

    private ResourceShape shape(SinfoNode node) {
        String arch = settings.cpuArch() != null ? settings.cpuArch()
                : context.configuredNodes().stream().map(group -> group.shape().cpuArch()).findFirst().orElse("X86");
        int memoryGiB = (int) (node.memoryMiB() / 1024);
        // a partition that makes jobs share cores (OverSubscribe=FORCE:N) holds N times the node's cores of jobs
        int cores = node.cpus() * node.jobsPerCore();
        for (String type : List.of("GPU", "NPU", "MLU")) {
            SinfoNode.Gres cards = node.gres().get(settings.gresOf(type));
            if (cards != null && cards.count() > 0) {
                ResourceShape configured = context.configuredNodes().stream().map(NodeGroup::shape)
                        .filter(shape -> shape.processorType().equalsIgnoreCase(type)).findFirst().orElse(null);
                String product = configured != null ? configured.productName()
                        : VENDORS.get(type) + "/" + type + "/"
                          + (cards.type() == null ? "generic" : cards.type().toUpperCase(Locale.ROOT));
                return new ResourceShape(arch, cores, type, cards.count(), product,
                        configured != null ? configured.processorMemory() : 0, memoryGiB);
            }
        }
        return new ResourceShape(arch, cores, "", 0, "", 0, memoryGiB);
    }
}
