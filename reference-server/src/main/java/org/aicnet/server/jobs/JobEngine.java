package org.aicnet.server.jobs;

import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backends.BackendCalls;
import org.aicnet.server.backends.Backends;
import org.aicnet.server.capacity.Capacity;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.config.ConfigException;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.replicas.SchedulerLease;
import org.aicnet.server.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What runs jobs, assembled at start-up: the centers' backends, their capacity, the job store, the task files and the
 * scheduler, which reconciles the tasks left active by the previous run before the server takes requests.
 */
public final class JobEngine implements AutoCloseable {

    private final NetworkConfig config;
    private final Clock clock;
    private final Backends backends;
    private final Capacity capacity;
    private final JobRepository jobs;
    private final JobFiles files;
    private final Scheduler scheduler;
    private final JobRules rules;
    private final SchedulerLease lease;

    private JobEngine(NetworkConfig config, Clock clock, Backends backends, Capacity capacity, JobRepository jobs,
                      JobFiles files, Scheduler scheduler, JobRules rules, SchedulerLease lease) {
        this.lease = lease;
        this.config = config;
        this.clock = clock;
        this.backends = backends;
        this.capacity = capacity;
        this.jobs = jobs;
        this.files = files;
        this.scheduler = scheduler;
        this.rules = rules;
    }

    public static JobEngine start(NetworkConfig config, Database database, Path dataDirectory) {
        return start(config, database, dataDirectory, BackendCalls.NONE);
    }

    /** As {@link #start(NetworkConfig, Database, Path)}, every call to a backend reported to {@code calls}. */
    public static JobEngine start(NetworkConfig config, Database database, Path dataDirectory, BackendCalls calls) {
        return start(config, database, dataDirectory, calls, JobRules.STANDARD);
    }

    /** As {@link #start(NetworkConfig, Database, Path, BackendCalls)}, the jobs run and answered by {@code rules}. */
    public static JobEngine start(NetworkConfig config, Database database, Path dataDirectory, BackendCalls calls,
                                  JobRules rules) {
        Clock clock = Clock.system(config.server().zone());
        Backends backends = Backends.create(config, dataDirectory, calls);
        try {
            Capacity capacity = new Capacity();
            for (CenterConfig center : config.centers()) {
                capacity.addCenter(center.id(), capacityOf(backends, center));
            }
            JobRepository jobs = new JobRepository(database, rules.ids());
            JobFiles files = new JobFiles(dataDirectory);
            Scheduler scheduler = new Scheduler(jobs, backends, capacity, files, clock, rules.pendingAtLeast());
            SchedulerLease lease = SchedulerLease.of(database, scheduler::wake);
            scheduler.start(config.jobs().schedulerInterval(), lease, new StopRequests(database));
            return new JobEngine(config, clock, backends, capacity, jobs, files, scheduler, rules, lease);
        } catch (RuntimeException e) {
            backends.close();
            throw e;
        }
    }

    public NetworkConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public Capacity capacity() {
        return capacity;
    }

    public JobRepository jobs() {
        return jobs;
    }

    public JobFiles files() {
        return files;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /** The rules the engine and the job endpoints follow. */
    public JobRules rules() {
        return rules;
    }

    /** The centers' backends, for the health check. */
    public Backends backends() {
        return backends;
    }

    /** Stops scheduling, then lets go of the backends; tasks keep their state for the next start. */
    @Override
    public void close() {
        scheduler.close();
        lease.close();
        backends.close();
    }

    private static List<NodeGroup> capacityOf(Backends backends, CenterConfig center) {
        try {
            return backends.of(center.id()).capacity();
        } catch (BackendException e) {
            throw new ConfigException("center '" + center.id() + "': its backend cannot tell its nodes: "
                    + e.getMessage());
        }
    }
}
