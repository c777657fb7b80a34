package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;
import org.aicnet.server.backends.Backends;
import org.aicnet.server.capacity.Capacity;
import org.aicnet.server.capacity.NodeSlot;
import org.aicnet.server.replicas.SchedulerLease;
import org.aicnet.server.store.Commit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Places jobs on nodes, follows their tasks and frees the nodes again (issue 3, point 5).
 *
 * <ul>
 * <li>Center: a job runs in ONE center, chosen when it is submitted among its candidates (connected, offering its
 * spec and holding its image; the user's list in its order, else the configuration's): the first with room for it
 * now and no job waiting there, else the first whose nodes could hold it at all. Its tasks name that center from the
 * start (A.44), and it waits there.</li>
 * <li>Nodes: its {@code nodeCount} tasks go onto that many distinct nodes of the center, each able to hold the spec
 * ({@link Capacity#reserve}), one task per node; a node hosts tasks of other jobs while it has room. Until such
 * nodes are free the job stays PENDING.</li>
 * <li>First come, first served: waiting jobs are considered oldest first, and a center where a waiting job found no
 * room is closed for the rest of that round to every later job, so a small late job never overtakes a big early one
 * there; jobs waiting in other centers still start.</li>
 * <li>Every {@code jobs.schedulerInterval}, and at once after a submission or a stop, it reads the states of the
 * active tasks from their backends, moves tasks and jobs forward only ({@link JobStatus#canBecome}), frees a task's
 * node when the task ends, and ends the other tasks of a job that has finished.</li>
 * </ul>
 *
 * <p>Every change of a job, a task or the capacity happens under one lock, so a stop and a poll never cross; backends
 * are polled outside it.
 */
public final class Scheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    /** Waiting jobs read at a time: every one of them is placed, or the first that is not ends the center's turn. */
    private static final int QUEUE_PAGE = 16;

    private final JobRepository jobs;
    private final Backends backends;
    private final Capacity capacity;
    private final JobFiles files;
    private final Clock clock;
    private final Duration pendingAtLeast;
    private final Object lock = new Object();
    private final List<Submission> queued = new ArrayList<>();
    private final AtomicBoolean roundDue = new AtomicBoolean();
    /**
     * Centers whose first waiting job found no room in a round: nothing waiting there can start until nodes are freed
     * there or that job leaves the queue, so rounds pass them by and a submission there wakes no round.
     */
    private final Set<String> full = ConcurrentHashMap.newKeySet();
    private volatile SchedulerLease lease = SchedulerLease.SOLE;
    private StopRequests stopRequests;
    /** Whether this replica has reconciled since it took the lease; read and written by the loop's thread only. */
    private boolean leading;
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "scheduler");
        thread.setDaemon(true);
        return thread;
    });

    public Scheduler(JobRepository jobs, Backends backends, Capacity capacity, JobFiles files, Clock clock) {
        this(jobs, backends, capacity, files, clock, Duration.ZERO);
    }

    /** {@code pendingAtLeast}: how long a new job waits before it is placed, however free the nodes (JobRules). */
    public Scheduler(JobRepository jobs, Backends backends, Capacity capacity, JobFiles files, Clock clock,
                     Duration pendingAtLeast) {
        this.pendingAtLeast = pendingAtLeast;
        this.jobs = jobs;
        this.backends = backends;
        this.capacity = capacity;
        this.files = files;
        this.clock = clock;
    }

    /** Reconciles what was active before a restart, then runs a round every {@code interval}. */
    public void start(Duration interval) {
        start(interval, SchedulerLease.SOLE, null);
    }

    /**
     * As {@link #start(Duration)}, one of the replicas that share the store when the lease is shared: each round of
     * a replica without the lease only reads the nodes that the store's tasks hold; the replica that takes the lease
     * reconciles first, then runs the rounds, and the stops {@code stopRequests} holds (docs/replicas.md).
     */
    void start(Duration interval, SchedulerLease lease, StopRequests stopRequests) {
        this.lease = lease;
        this.stopRequests = stopRequests;
        if (!lease.shared()) {
            reconcile();
            leading = true;
        }
        loop.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs a round soon, outside the caller's thread: after a submission or when nodes were freed. While a round is
     * due and not yet begun, a wake asks for none more: that round reads what the caller committed before.
     */
    public void wake() {
        if (!lease.held()) {
            lease.wakeHolder();
            return;
        }
        if (!roundDue.compareAndSet(false, true)) {
            return;
        }
        try {
            loop.execute(() -> {
                roundDue.set(false);
                round();
            });
        } catch (RejectedExecutionException closing) {
            // the server is closing; a restart takes the queue up again
        }
    }

    /** The server's present time as jobs record it: the configured zone, whole seconds (reading R-time-format). */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Stores a new job in the center chosen for it and wakes the scheduler unless that center is {@link #full};
     * empty when the name is taken (0208). Concurrent submissions are stored together: the first to take the lock
     * stores every one queued by then, in their order, in one transaction, and each waits for the disk outside the
     * lock. The job is answered as stored: PENDING, not placed.
     */
    public Optional<Job> submit(NewJob request) {
        Submission submission = new Submission(request);
        synchronized (queued) {
            queued.add(submission);
        }
        synchronized (lock) {
            if (submission.stored == null) {
                storeQueued();
            }
        }
        if (submission.centerId == null || !full.contains(submission.centerId)) {
            wake();
        }
        return submission.stored.onDisk();
    }

    /**
     * A job waiting to be stored, and once it is, its commit (the job, empty when the name is taken) and the center
     * it waits in.
     */
    private static final class Submission {
        private final NewJob request;
        private volatile String centerId;
        private volatile Commit<Optional<Job>> stored;

        private Submission(NewJob request) {
            this.request = request;
        }
    }

    private void storeQueued() {
        List<Submission> batch;
        synchronized (queued) {
            batch = new ArrayList<>(queued);
            queued.clear();
        }
        Commit<List<JobRepository.Stored>> stored;
        try {
            stored = jobs.insert(batch.stream().map(submission -> submission.request).toList(),
                    this::chooseCenter);
        } catch (RuntimeException e) {
            Commit<Optional<Job>> failed = Commit.failed(e);
            batch.forEach(submission -> submission.stored = failed);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            int index = i;
            Submission submission = batch.get(i);
            submission.stored = stored.then(all -> {
                JobRepository.Stored one = all.get(index);
                if (one.refused() != null) {
                    throw one.refused();
                }
                submission.centerId = one.job() == null ? null : one.job().centerId();
                return Optional.ofNullable(one.job());
            });
        }
    }

    /**
     * 7.4.5: stops a pending or running job and all its tasks, and frees their nodes. Empty when the job is gone or
     * no longer stoppable.
     */
    public Optional<Job> stop(String jobId) throws BackendException {
        synchronized (lock) {
            Optional<Job> job = jobs.find(jobId).filter(found -> found.status().stoppable());
            if (job.isEmpty()) {
                return Optional.empty();
            }
            List<Task> tasks = jobs.tasks(jobId);
            List<Task> running = tasks.stream().filter(task -> task.submitted() && !task.status().finished())
                    .toList();
            if (lease.held()) {
                for (Task task : running) {
                    backends.of(task.centerId()).stop(task.handle());
                }
            } else if (!running.isEmpty()) {
                // a replica without the lease: the holder runs the backends and stops them
                stopRequests.add(running);
            }
            end(job.get(), tasks, "stopped by the user");
            jobs.updateStatus(jobId, JobStatus.STOPPED, now());
            full.remove(job.get().centerId());
            wake();
            return jobs.find(jobId);
        }
    }

    /** 7.4.6: deletes a finished job with its files; false when the job is gone or not deletable. */
    public boolean delete(String jobId) {
        synchronized (lock) {
            Optional<Job> job = jobs.find(jobId).filter(found -> found.status().deletable());
            if (job.isEmpty()) {
                return false;
            }
            end(job.get(), jobs.tasks(jobId), "the job was deleted");
            jobs.delete(jobId);
        }
        try {
            files.delete(jobId);
        } catch (IOException e) {
            LOG.warn("job {} deleted, but not all of its files: {}", jobId, e.toString());
        }
        return true;
    }

    @Override
    public void close() {
        loop.shutdownNow();
        try {
            loop.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One round: observe the active tasks, apply what changed, place waiting jobs. */
    void round() {
        try {
            if (!lease.held()) {
                leading = false;
                synchronized (lock) {
                    retake(jobs.activeTasks(), false);
                }
                return;
            }
            if (!leading) {
                reconcile();
                leading = true;
            }
            if (lease.shared()) {
                stopAsked();
            }
            Map<Task, TaskState> observed = observe();
            synchronized (lock) {
                if (lease.shared()) {
                    // other replicas stop and delete jobs too: the nodes held are those of the store's tasks
                    retake(jobs.activeTasks(), false);
                }
                Set<String> changed = new LinkedHashSet<>();
                moving(observed).forEach((task, state) -> {
                    if (apply(task, state)) {
                        changed.add(task.jobId());
                    }
                });
                changed.forEach(this::refresh);
                placeWaiting();
            }
        } catch (RuntimeException e) {
            LOG.error("scheduler round failed; the next one tries again", e);
        }
    }

    /**
     * After a restart: takes again the nodes that unfinished placed tasks held, and asks each backend to reattach
     * its tasks ({@link AcceleratorBackend#reattach}); a task that cannot be reattached becomes UNKNOWN, and its job
     * with it.
     */
    void reconcile() {
        synchronized (lock) {
            Set<String> touched = new LinkedHashSet<>();
            List<Task> active = jobs.activeTasks();
            retake(active, true);
            for (Task task : active) {
                TaskState state;
                try {
                    state = backends.of(task.centerId()).reattach(task.handle());
                } catch (BackendException | IllegalArgumentException e) {
                    LOG.warn("cannot reattach task {}/{}: {}", task.jobId(), task.taskId(), e.getMessage());
                    state = TaskState.unknown();
                }
                if (apply(task, state)) {
                    touched.add(task.jobId());
                }
            }
            touched.forEach(this::refresh);
        }
    }

    /** Frees every node, then takes again those the active tasks hold; {@code warn}: log those that do not fit. */
    private void retake(List<Task> active, boolean warn) {
        Map<String, Optional<ResourceShape>> demands = new LinkedHashMap<>();
        List<Capacity.Held> held = new ArrayList<>();
        List<Task> holding = new ArrayList<>();
        for (Task task : active) {
            Optional<ResourceShape> demand = demands.computeIfAbsent(task.jobId(),
                    jobId -> jobs.find(jobId).map(Scheduler::demand));
            if (task.slot() != null && demand.isPresent()) {
                held.add(new Capacity.Held(task.centerId(), task.slot(), demand.get()));
                holding.add(task);
            }
        }
        List<Capacity.Held> misfits = capacity.retake(held);
        full.clear();
        if (warn) {
            for (Task task : holding) {
                if (misfits.stream().anyMatch(misfit -> misfit.slot() == task.slot())) {
                    LOG.warn("task {}/{} holds node {} of center {}, which the configuration no longer offers",
                            task.jobId(), task.taskId(), task.slot().nodeIndex(), task.centerId());
                }
            }
        }
    }

    /** Replicas: stops the backends' tasks that replicas without the lease were asked to stop. */
    private void stopAsked() {
        for (StopRequests.Request request : stopRequests.pending()) {
            try {
                backends.of(request.centerId()).stop(request.handle());
            } catch (BackendException | IllegalArgumentException e) {
                LOG.warn("cannot stop task {}/{}: {}", request.jobId(), request.taskId(), e.getMessage());
            }
            stopRequests.done(request);
        }
    }

    private Map<Task, TaskState> observe() {
        Map<String, List<Task>> byCenter = jobs.activeTasks().stream()
                .collect(Collectors.groupingBy(Task::centerId, LinkedHashMap::new, Collectors.toList()));
        Map<Task, TaskState> observed = new LinkedHashMap<>();
        byCenter.forEach((centerId, tasks) -> {
            try {
                Map<String, TaskState> states = backends.of(centerId)
                        .states(tasks.stream().map(Task::handle).toList());
                for (Task task : tasks) {
                    observed.put(task, states.getOrDefault(task.handle(), TaskState.unknown()));
                }
            } catch (BackendException e) {
                LOG.warn("cannot read task states of center {}; keeping them as they were: {}", centerId,
                        e.getMessage());
            }
        });
        return observed;
    }

    /**
     * The observed tasks whose state, as read before their backends were asked, can become what the backends said:
     * states move forward only, so no other can change under the lock.
     */
    private static Map<Task, TaskState> moving(Map<Task, TaskState> observed) {
        Map<Task, TaskState> moving = new LinkedHashMap<>();
        observed.forEach((task, state) -> {
            if (task.status().canBecome(ReportedStatus.of(state.status()))) {
                moving.put(task, state);
            }
        });
        return moving;
    }

    /** Moves a task forward to what its backend says, freeing its node when it ends; whether it changed. */
    private boolean apply(Task observed, TaskState state) {
        Optional<Task> current = jobs.task(observed.jobId(), observed.taskId());
        JobStatus status = ReportedStatus.of(state.status());
        if (current.isEmpty() || !current.get().status().canBecome(status)) {
            return false;
        }
        Task task = current.get();
        jobs.update(task.with(status, state.exitCode(), state.reason()));
        if (status.finished() && task.slot() != null) {
            jobs.find(task.jobId()).ifPresent(job -> release(task.centerId(), task.slot(), demand(job)));
            wake();
        }
        return true;
    }

    /** The job's status from its tasks, moving forward only; a finished job's remaining tasks are ended. */
    private void refresh(String jobId) {
        Optional<Job> found = jobs.find(jobId);
        if (found.isEmpty() || found.get().status().finished()) {
            return;
        }
        Job job = found.get();
        List<Task> tasks = jobs.tasks(jobId);
        JobStatus next = JobStatusRule.of(tasks.stream().map(Task::status).toList());
        if (job.status().canBecome(next)) {
            jobs.updateStatus(jobId, next, null);
        }
        if (next.finished()) {
            for (Task task : tasks) {
                if (task.submitted() && !task.status().finished()) {
                    stopQuietly(task);
                }
            }
            end(job, tasks, "the job ended " + next);
        }
    }

    /** Marks the job's unfinished tasks STOPPED and frees the nodes they held. */
    private void end(Job job, List<Task> tasks, String reason) {
        for (Task task : tasks) {
            if (!task.status().finished()) {
                jobs.update(task.with(JobStatus.STOPPED, null, reason));
                if (task.slot() != null) {
                    release(task.centerId(), task.slot(), demand(job));
                }
            }
        }
    }

    /** Frees a task's node: a job waiting in its center may fit now. */
    private void release(String centerId, NodeSlot slot, ResourceShape demand) {
        capacity.release(centerId, slot, demand);
        full.remove(centerId);
    }

    private void stopQuietly(Task task) {
        try {
            backends.of(task.centerId()).stop(task.handle());
        } catch (BackendException e) {
            LOG.warn("cannot stop task {}/{} of a finished job: {}", task.jobId(), task.taskId(), e.getMessage());
        }
    }

    private String chooseCenter(NewJob request, Predicate<String> waitingIn) {
        ResourceShape demand = request.spec().demand();
        List<String> candidates = request.candidateCenters();
        return candidates.stream()
                .filter(id -> capacity.hasRoom(id, demand, request.nodeCount()) && !waitingIn.test(id))
                .findFirst()
                .or(() -> candidates.stream()
                        .filter(id -> capacity.nodesAbleToHold(id, demand) >= request.nodeCount())
                        .findFirst())
                .orElseThrow(() -> new IllegalArgumentException("no candidate center can ever hold " + request));
    }

    /**
     * First come, first served in each center: its waiting jobs oldest first, until one finds no room. Centers hold
     * nodes of their own, so one center's queue never waits for another's.
     */
    private void placeWaiting() {
        LocalDateTime admitted = now().minus(pendingAtLeast);
        for (String centerId : backends.centerIds()) {
            placeWaitingIn(centerId, admitted);
        }
    }

    /**
     * The center's waiting jobs oldest first, those created before {@code admitted}, until one finds no room: then
     * the center is {@link #full}.
     */
    private void placeWaitingIn(String centerId, LocalDateTime admitted) {
        if (full.contains(centerId)) {
            return;
        }
        List<Job> page;
        do {
            page = jobs.waitingIn(centerId, QUEUE_PAGE);
            for (Job job : page) {
                if (job.createTime().isAfter(admitted)) {
                    return;
                }
                Optional<List<NodeSlot>> slots = capacity.reserve(centerId, demand(job), job.nodeCount());
                if (slots.isEmpty()) {
                    full.add(centerId);
                    return;
                }
                launch(job, slots.get());
            }
        } while (page.size() == QUEUE_PAGE);
    }

    /**
     * Hands the job's tasks to the center's backend, all at once ({@link AcceleratorBackend#submitJob}); when the
     * backend refuses them they fail, and the job with them.
     */
    private void launch(Job job, List<NodeSlot> slots) {
        String centerId = job.centerId();
        AcceleratorBackend backend = backends.of(centerId);
        List<Task> tasks = jobs.tasks(job.id());
        List<TaskLaunch> launches = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            launches.add(launchOf(job, tasks.get(i), centerId, slots.get(i)));
        }
        List<Task> placed = new ArrayList<>();
        try {
            List<String> handles = backend.submitJob(launches);
            for (int i = 0; i < tasks.size(); i++) {
                placed.add(tasks.get(i).placed(slots.get(i), handles.get(i)));
            }
        } catch (BackendException e) {
            LOG.warn("the backend of center {} refused the tasks of job {}: {}", centerId, job.id(), e.getMessage());
            for (int i = 0; i < tasks.size(); i++) {
                placed.add(tasks.get(i).placed(slots.get(i), null)
                        .with(JobStatus.FAILED, null, "the backend refused the task"));
                release(centerId, slots.get(i), demand(job));
            }
        }
        jobs.place(job.id(), placed);
        refresh(job.id());
    }

    private TaskLaunch launchOf(Job job, Task task, String centerId, NodeSlot slot) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AICNET_JOB_ID", job.id());
        environment.put("AICNET_TASK_ID", task.taskId());
        environment.put("AICNET_TASK_INDEX", String.valueOf(task.taskIndex()));
        environment.put("AICNET_TASK_COUNT", String.valueOf(job.nodeCount()));
        // one task per node (reading R-tasks-per-node): the task's rank among the job's nodes, as torchrun's NODE_RANK
        environment.put("AICNET_NODE_INDEX", String.valueOf(task.taskIndex()));
        environment.put("AICNET_NODE_COUNT", String.valueOf(job.nodeCount()));
        environment.put("AICNET_OUTPUT_DIR", files.outputDirectory(job.id(), task.taskId()).toString());
        if (job.servicePort() != null) {
            environment.put("AICNET_SERVICE_PORT", String.valueOf(job.servicePort()));
            environment.put("PORT", String.valueOf(job.servicePort()));
        }
        return new TaskLaunch(centerId, job.id(), task.taskId(), task.taskIndex(), job.nodeCount(), slot.nodeIndex(),
                job.command(), job.imageId() != null ? job.imageId() : job.imageUrl(), demand(job),
                slot.accelerators(), files.taskDirectory(job.id(), task.taskId()),
                files.outputDirectory(job.id(), task.taskId()), files.logFile(job.id(), task.taskId()),
                environment, job.servicePort());
    }

    private static ResourceShape demand(Job job) {
        return job.spec().demand();
    }
}
