package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.KitError;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.lists.AnnexList;
import org.aicnet.conformance.lists.AnnexLists;
import org.aicnet.conformance.lists.ListWalker;
import org.aicnet.conformance.lists.Walk;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.conformance.platform.Standard;
import org.aicnet.conformance.run.Pause;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.schemas.standard.LogContentTypes;
import org.opentest4j.TestAbortedException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Creates, follows and addresses the jobs of one check, through the check's own client so that every exchange is
 * its evidence. Every job created is recorded for the cleanup the moment the platform answers with its id, and
 * carries a name starting with the run id.
 *
 * <p>Where the suite needs a job only to look at something else, a failure to get one is the kit's (ERROR): only the
 * checks of creation itself fail (FAIL) when the platform refuses a job.
 */
public final class Jobs {

    /** The codes with which a platform refuses a center, spec or image it does not offer (table B.1). */
    private static final Set<String> PLACEMENT_CODES = Set.of("0210", "0211", "0221");
    private static final Set<String> ACTIVE = Set.copyOf(Standard.STOPPABLE_STATES);
    /** How many exchanges of a shared job's preparation a check that uses it carries: the first ones and the last two. */
    private static final int EVIDENCE_KEPT = 12;

    private final World world;

    public Jobs(World world) {
        this.world = world;
    }

    public Credentials user() {
        return world.config().primaryUser();
    }

    /** A new job name, prefixed with the run id. */
    public String newName(String purpose) {
        return run().newName(world.run().runId(), purpose);
    }

    /** A valid body for a new job of the given purpose: the placement the platform accepted and the command. */
    public JobBody body(String purpose, String command) {
        return JobBody.of(newName(purpose), placement(), command);
    }

    /**
     * The center, spec and image the platform accepted for a job of this run. The first use finds them, by creating
     * the shared job that runs the succeeding command; a failure to find them is the kit's (ERROR).
     */
    public Placement placement() {
        Placement found = run().placement();
        if (found != null) {
            return found;
        }
        shared(SharedJob.SUCCEEDED);
        return run().placement();
    }

    /**
     * A job created now, of a check of creation: a platform that refuses it, or that refuses every combination of
     * its own centers, specs and images, fails the check.
     */
    public TrackedJob create(JobKind kind, Credentials owner, Function<Placement, JobBody> body) {
        world.requireDestructive();
        if (run().placement() == null) {
            prepared(SharedJob.SUCCEEDED, false);
        }
        Placement placement = run().placement();
        JobBody request = body.apply(placement);
        return track(kind, owner, request, placement, submit(kind, request, owner));
    }

    /** Sends a create request as it is; an accepted one is recorded for the cleanup. */
    public ApiResponse submit(JobKind kind, JobBody body, Credentials owner) {
        world.requireDestructive();
        run().ledger().requireBudget();
        ApiResponse response = world.client().post(kind.path()).token(world.tokenOf(owner)).json(body.toString())
                .send();
        world.respond(response);
        if (response.status() / 100 == 2) {
            idOf(response).ifPresent(id -> {
                world.run().cleanup().created(kind.cleanupKind(), id, owner.name());
                run().ledger().created(id, nodesOf(body), acceleratorsOf(run().placement()));
            });
        }
        return response;
    }

    /** A shared job, prepared on first use; a failure to prepare it is the kit's (ERROR), or a SKIP with its reason. */
    public TrackedJob shared(SharedJob which) {
        return prepared(which, true);
    }

    /** A shared training job followed until it ended (or until an anomaly ended the following). */
    public TrackedJob finished(SharedJob which) {
        TrackedJob job = shared(which);
        if (!SharedJobFixtures.ends(which)) {
            follow(job, Set.of());
            return job;
        }
        try {
            awaited(which, () -> fixtures().ended(which));
        } finally {
            attachEvidenceOf(which);
        }
        return job;
    }

    /** A shared training job that ended in {@code state}; any other end is the kit's problem (ERROR). */
    public TrackedJob endedIn(SharedJob which, String state) {
        TrackedJob job = finished(which);
        if (job.anomaly().isPresent() || !job.lastState().orElse("").equals(state)) {
            throw new KitError("this check needs " + which.description() + " to have ended " + state + ", but "
                    + job.anomaly().orElse("it ended " + job.lastState().orElse("in no state")));
        }
        return job;
    }

    /**
     * A job of this check alone that ended in {@code state}: the one submitted early for a check that needs it, taken
     * by the first check that asks, so that a later one gets another; any other end is the kit's problem (ERROR).
     */
    public TrackedJob own(SharedJob which, String state) {
        TrackedJob job = endedIn(which, state);
        fixtures().renew(which, job);
        return job;
    }

    /** The shared running training job, still PENDING or RUNNING now. */
    public TrackedJob running() {
        return running(SharedJob.RUNNING);
    }

    /**
     * A shared job that runs the long command, still PENDING or RUNNING now; one that has ended since (a long command
     * shorter than the run) is replaced by a new one, once.
     */
    private TrackedJob running(SharedJob which) {
        TrackedJob job = shared(which);
        String status = statusNow(job);
        if (Standard.FINAL_STATES.contains(status)) {
            fixtures().renew(which, job);
            job = shared(which);
            status = statusNow(job);
        }
        if (!ACTIVE.contains(status)) {
            throw new KitError("this check needs " + which.description() + ", but " + job + " is " + status
                    + " (is the configured long command long enough?)");
        }
        return job;
    }

    private String statusNow(TrackedJob job) {
        ApiResponse detail = detail(job.id(), job.owner());
        String status = detail.status() / 100 == 2 ? readJson(detail).path("status").asText("unreadable")
                : "unreadable (HTTP " + detail.status() + ")";
        run().ledger().observed(job.id(), status);
        return status;
    }

    /** Makes the job of a check the shared one of its kind, where none was prepared yet. */
    public void offer(SharedJob which, TrackedJob job) {
        fixtures().offer(which, job);
    }

    /**
     * Reads the job's detail every poll interval until its status is one of {@code until} or a final state, or an
     * answer ends the following (recorded as the job's anomaly): a status that is no state of 6.3.4, or, once the
     * platform answered the job's stop with STOPPED, a state before it. Not reaching it within the job timeout is the
     * kit's problem (ERROR).
     */
    public void follow(TrackedJob job, Set<String> until) {
        org.aicnet.conformance.run.Progress progress = world.run().progressBoard();
        if (!world.ofFixture()) {
            progress.awaiting(shortName(job) + (until.isEmpty() ? " to end" : " to be " + String.join(" or ", until)));
        }
        try {
            following(job, until);
        } finally {
            progress.jobLeft(shortName(job));
            if (!world.ofFixture()) {
                progress.awaiting(null);
            }
        }
    }

    /** The job's name without the run id it starts with, as the progress line shows it. */
    private String shortName(TrackedJob job) {
        String name = String.valueOf(job.name());
        String prefix = org.aicnet.conformance.run.Cleanup.namePrefix(world.run().runId());
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }

    private void following(TrackedJob job, Set<String> until) {
        Instant deadline = Instant.now().plus(world.config().jobTimeout());
        while (job.anomaly().isEmpty()) {
            Optional<String> last = job.lastState();
            if (last.isPresent() && (until.contains(last.get()) || Standard.FINAL_STATES.contains(last.get()))) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new KitError(job + " did not reach " + (until.isEmpty() ? "a final state" : until) + " within "
                        + world.config().jobTimeout() + " (--job-timeout); states seen: " + job.states());
            }
            if (last.isPresent()) {
                Pause.of(world.config().pollInterval(), "for a job");
            }
            ApiResponse detail = detail(job.id(), job.owner());
            JsonNode status = detail.status() / 100 == 2 ? readJson(detail).path("status") : null;
            if (status == null || !status.isTextual()) {
                job.anomaly("reading its detail answered HTTP " + detail.status() + " without a status: "
                        + Exchange.cut(detail.text()));
            } else {
                job.observe(status.asText());
                world.run().progressBoard().job(shortName(job), status.asText());
                run().ledger().observed(job.id(), status.asText());
                if (!Standard.JOB_STATES.contains(status.asText())) {
                    job.anomaly("its status '" + status.asText() + "' is no state of 6.3.4");
                } else if (job.wasAnsweredStopped() && Standard.STOPPABLE_STATES.contains(status.asText())) {
                    job.anomaly("its stop was answered STOPPED, then its detail said " + status.asText()
                            + " (6.3.4: a state never moves backwards)");
                }
            }
        }
    }

    public ApiResponse detail(String id, Credentials as) {
        return world.client().get(ApiPaths.TRAIN_JOB).pathParam("id", id).token(world.tokenOf(as)).send();
    }

    public ApiResponse stop(String id, Credentials as) {
        return world.client().post(ApiPaths.TRAIN_JOB_STOP).pathParam("id", id).token(world.tokenOf(as)).send();
    }

    public ApiResponse delete(String id, Credentials as) {
        return world.client().delete(ApiPaths.TRAIN_JOB).pathParam("id", id).token(world.tokenOf(as)).send();
    }

    /** Stops the job where it is still PENDING or RUNNING, waits until it stopped, and deletes it. */
    void remove(TrackedJob job) {
        new org.aicnet.conformance.run.TrainJobRemoval(world.client(), world.config().pollInterval())
                .remove(job.id(), world.tokenOf(job.owner()));
    }

    public ApiResponse download(String id, Credentials as) {
        return world.client().get(ApiPaths.TRAIN_JOB_DOWNLOAD).pathParam("id", id).token(world.tokenOf(as)).send();
    }

    /** GET the log link of a task; a null content type is left out. */
    public ApiResponse taskLogLink(String id, String taskId, String contentType, Credentials as) {
        return world.client().get(ApiPaths.TASK_LOG_URL).pathParam("id", id).pathParam("taskId", taskId)
                .query(LogContentTypes.CONTENT_TYPE, contentType).token(world.tokenOf(as)).send();
    }

    /** The user's training jobs, every page within the walker's bound (see {@link Walk#complete()}). */
    public Walk trainingJobsOf(Credentials user) {
        return list(AnnexLists.TRAINING_JOBS, Map.of(), user);
    }

    /** The items of a list of annex A, as the user sees them; a list that answers wrongly fails the check. */
    public Walk list(AnnexList list, Map<String, String> filters, Credentials user) {
        return new ListWalker(world.client(), world.tokenOf(user), response -> { }).walk(list, filters, null);
    }

    /** The ids of the job's tasks, read from its detail as its owner; a detail that cannot be read is the kit's. */
    public List<String> taskIds(TrackedJob job) {
        ApiResponse detail = detail(job.id(), job.owner());
        JsonNode tasks = detail.status() / 100 == 2 ? readJson(detail).path("tasks") : null;
        if (tasks == null || !tasks.isArray() || tasks.isEmpty()) {
            throw new KitError("this check needs the tasks of " + job + ", but its detail answered HTTP "
                    + detail.status() + ": " + Exchange.cut(detail.text()));
        }
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.path("taskId").asText()));
        return ids;
    }

    /**
     * The answer of the online service at {@code url} of job {@code jobId}, once it answers with a status below 500
     * (asked without a token, as its users would); judged by {@link ServiceWait} when the job timeout is over.
     */
    public ApiResponse serviceAnswer(String url, String jobId) {
        Instant deadline = Instant.now().plus(world.config().jobTimeout());
        ServiceWait wait = new ServiceWait(url);
        while (true) {
            try {
                ApiResponse answer = world.client().absolute("GET", url).send();
                if (wait.served(answer)) {
                    return answer;
                }
            } catch (KitError noAnswer) {
                wait.noAnswer(noAnswer.getMessage());
            }
            if (Instant.now().isAfter(deadline)) {
                throw wait.overAfter(world.config().jobTimeout(), statusIfShown(jobId));
            }
            Pause.of(world.config().pollInterval(), "for a job");
        }
    }

    /** The status of a job where GET /trainjob/{id} shows one (an online job: reading R-online-job-control). */
    private Optional<String> statusIfShown(String jobId) {
        try {
            ApiResponse detail = detail(jobId, user());
            return detail.status() / 100 == 2 ? Optional.ofNullable(detail.json().path("status").asText(null))
                    : Optional.empty();
        } catch (KitError | AssertionError notShown) {
            return Optional.empty();
        }
    }

    private TrackedJob prepared(SharedJob which, boolean prerequisite) {
        Throwable failure;
        try {
            TrackedJob job = awaited(which, () -> fixtures().ready(which));
            attachEvidenceOf(which);
            return job;
        } catch (RuntimeException | AssertionError e) {
            attachEvidenceOf(which);
            failure = e;
        }
        if (failure instanceof TestAbortedException) {
            throw new TestAbortedException(failure.getMessage());
        }
        if (failure instanceof AssertionError && !prerequisite) {
            throw new AssertionError(failure.getMessage(), failure);
        }
        throw new KitError("this check needs " + which.description() + ", which could not be prepared: "
                + failure.getMessage(), failure);
    }

    /** The run's shared jobs, prepared side by side by their scheduler (see {@link SharedJobFixtures}). */
    private FixtureScheduler<SharedJob, TrackedJob> fixtures() {
        return run().fixtures(() -> new SharedJobFixtures(world.run()));
    }

    /**
     * Starts preparing the shared jobs the selected checks need (by check id), at the start of the run, so that they
     * are submitted early and followed side by side, each released once the last check that needs it is over.
     */
    public void prepareEarly(Map<String, Set<SharedJob>> needs) {
        Map<SharedJob, Set<String>> byJob = new java.util.EnumMap<>(SharedJob.class);
        needs.forEach((check, jobs) -> jobs.forEach(job -> byJob.computeIfAbsent(job,
                key -> new java.util.HashSet<>()).add(check)));
        run().dependents(byJob);
        if (!world.config().nonDestructive() && !byJob.isEmpty()) {
            fixtures().start(SharedJobFixtures.inOrder(byJob.keySet()));
        }
    }

    /** The check is over: the shared jobs no check still to run needs are released. */
    public static void checkOver(org.aicnet.conformance.run.RunContext run, String checkId) {
        RunJobs.of(run).checkOver(checkId);
    }

    /** The checks are over: stops following the shared jobs and says what the run's jobs used. */
    public static org.aicnet.conformance.run.JobUsage close(org.aicnet.conformance.run.RunContext run) {
        return RunJobs.of(run).close();
    }

    /** Waits for a shared job, showing it in the progress line while the check waits. */
    private TrackedJob awaited(SharedJob which, java.util.function.Supplier<TrackedJob> wait) {
        org.aicnet.conformance.run.Progress progress = world.run().progressBoard();
        progress.awaiting(which.description());
        try {
            return wait.get();
        } finally {
            progress.awaiting(null);
        }
    }

    /** What preparing the shared job exchanged with the platform is evidence of the check that uses it too. */
    private void attachEvidenceOf(SharedJob which) {
        List<Exchange> exchanges;
        List<Exchange> all = world.run().evidenceOf(SharedJobFixtures.evidenceId(which));
        synchronized (all) {
            exchanges = all.size() <= EVIDENCE_KEPT ? List.copyOf(all) : java.util.stream.Stream.concat(
                    all.subList(0, EVIDENCE_KEPT - 2).stream(), all.subList(all.size() - 2, all.size()).stream())
                    .toList();
        }
        world.addEvidence(exchanges);
    }

    TrackedJob prepare(SharedJob which) {
        world.requireDestructive();
        Credentials user = user();
        return switch (which) {
            case SUCCEEDED -> createFindingPlacement(JobKind.TRAINING, user,
                    placement -> JobBody.of(newName("ok"), placement, world.config().succeedingCommand()));
            case FAILED -> create(JobKind.TRAINING, user,
                    placement -> JobBody.of(newName("fail"), placement, world.config().failingCommand()));
            case RUNNING -> {
                TrackedJob job = create(JobKind.TRAINING, user,
                        placement -> JobBody.of(newName("run"), placement, world.config().longCommand()));
                follow(job, Set.of("RUNNING"));
                yield job;
            }
            case STOPPED -> {
                TrackedJob job = create(JobKind.TRAINING, user,
                        placement -> JobBody.of(newName("stop"), placement, world.config().longCommand()));
                ApiResponse stopped = stop(job.id(), user);
                Expect.success(stopped);
                if ("STOPPED".equals(readJson(stopped).path("status").asText(null))) {
                    job.answeredStopped();
                }
                follow(job, Set.of());
                yield job;
            }
            case TWO_NODES -> {
                requireRoomForTwoNodes(placement());
                yield create(JobKind.TRAINING, user, placement -> JobBody.of(newName("two"), placement,
                        world.config().succeedingCommand()).set(JobFields.CONFIG + "." + JobFields.NODE_COUNT, 2));
            }
            case ONLINE -> create(JobKind.ONLINE, user,
                    placement -> JobBody.of(newName("svc"), placement, world.config().serviceCommand()));
            case TOKEN_RUNNING -> {
                TrackedJob job = create(JobKind.TRAINING, user,
                        placement -> JobBody.of(newName("tok"), placement, world.config().longCommand()));
                follow(job, Set.of("RUNNING"));
                yield job;
            }
            case TOKEN_SUCCEEDED -> create(JobKind.TRAINING, user,
                    placement -> JobBody.of(newName("tokok"), placement, world.config().succeedingCommand()));
            case OWN_SUCCEEDED -> create(JobKind.TRAINING, user,
                    placement -> JobBody.of(newName("end"), placement, world.config().succeedingCommand()));
            case OWN_FAILED -> create(JobKind.TRAINING, user,
                    placement -> JobBody.of(newName("end"), placement, world.config().failingCommand()));
            case ONLINE_SCHEDULED -> {
                String trainingJobName = shared(SharedJob.SUCCEEDED).name();
                yield create(JobKind.ONLINE, user, placement -> JobBody.of(trainingJobName, placement,
                        world.config().serviceCommand()).remove(JobFields.CONFIG + "." + JobFields.CENTER_ID));
            }
        };
    }

    /**
     * Creates a job trying the combinations of the platform's lists in turn (see {@link PlacementFinder}) until one
     * is accepted, which becomes the run's placement. Refusing all of them with 0210, 0211 or 0221 fails the check
     * only where a refusal contradicts what the platform listed; otherwise no combination is usable (ERROR). Any other
     * refusal of a valid job fails the check.
     */
    private TrackedJob createFindingPlacement(JobKind kind, Credentials owner, Function<Placement, JobBody> body) {
        List<String> refusals = new ArrayList<>();
        List<String> contradictions = new ArrayList<>();
        for (PlacementFinder.Candidate candidate : new PlacementFinder(world.client(), world.tokenOf(owner))
                .candidates()) {
            JobBody request = body.apply(candidate.placement());
            ApiResponse response = submit(kind, request, owner);
            if (response.status() / 100 == 2) {
                TrackedJob job = track(kind, owner, request, candidate.placement(), response);
                run().placement(candidate.placement());
                return job;
            }
            Optional<String> code = response.status() == 400 ? codeOf(response) : Optional.empty();
            if (code.isEmpty() || !PLACEMENT_CODES.contains(code.get())) {
                Expect.success(response);
            }
            refusals.add(candidate.placement() + " (" + code.get() + ")");
            candidate.contradiction(code.get()).ifPresent(contradictions::add);
        }
        if (!contradictions.isEmpty()) {
            throw new AssertionError("the platform refused every combination of its own centers, specs and images "
                    + "the suite tried, against what it lists: " + String.join("; ", contradictions));
        }
        throw new KitError("no usable spec/image combination: the platform refused all " + refusals.size()
                + " tried: " + String.join("; ", refusals));
    }

    private TrackedJob track(JobKind kind, Credentials owner, JobBody request, Placement placement,
                             ApiResponse response) {
        Expect.success(response);
        String id = idOf(response).orElseThrow(() -> new AssertionError("the answer to the creation of a "
                + kind.words() + " carries no metadata.id: " + Exchange.cut(response.text())));
        run().ledger().created(id, nodesOf(request), acceleratorsOf(placement));
        return new TrackedJob(kind, id, owner, request, response.json(), placement);
    }

    /** The nodes a body asks for: its node count where it is a number or a decimal string, else 1 (A.32). */
    private static long nodesOf(JobBody body) {
        return Math.max(1, IdleRoom.count(body.get(JobFields.CONFIG + "." + JobFields.NODE_COUNT)));
    }

    /** The accelerators of one node of the placement's spec (A.10 processorNum), at least 1. */
    private static long acceleratorsOf(Placement placement) {
        return placement == null ? 1 : Math.max(1, placement.spec().at("/processor/processorNum").asLong(1));
    }

    /**
     * 7.4.4 checks a multi-task job where GET /resource/idle shows a spec with two nodes: SKIP unless the placement's
     * center shows at least two idle nodes that could each hold its spec.
     */
    private void requireRoomForTwoNodes(Placement placement) {
        long nodes = IdleRoom.nodesAbleToHold(idle(placement), placement);
        if (nodes < 2) {
            throw new TestAbortedException("GET /resource/idle shows " + nodes + " idle node(s) of center "
                    + placement.centerId() + " able to hold spec " + placement.specId()
                    + ": a job on two nodes needs two");
        }
    }

    /** The answer of GET /resource/idle for the placement's center; one that cannot be read is the kit's problem. */
    JsonNode idle(Placement placement) {
        ApiResponse idle = world.client().get(ApiPaths.IDLE).token(world.tokenOf(user()))
                .query(ListQueries.CENTER_ID, placement.centerId()).send();
        if (idle.status() / 100 != 2) {
            throw new KitError("cannot read GET /resource/idle: HTTP " + idle.status() + " "
                    + Exchange.cut(idle.text()));
        }
        return readJson(idle);
    }

    static Optional<String> idOf(ApiResponse response) {
        JsonNode id = readJson(response).at("/metadata/id");
        return id.isTextual() && !id.asText().isEmpty() ? Optional.of(id.asText()) : Optional.empty();
    }

    private static Optional<String> codeOf(ApiResponse response) {
        try {
            return Optional.of(response.errorCode());
        } catch (AssertionError noCode) {
            return Optional.empty();
        }
    }

    /** The body as JSON, or a missing node where it is none. */
    private static JsonNode readJson(ApiResponse response) {
        try {
            return response.json();
        } catch (AssertionError notJson) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    private RunJobs run() {
        return RunJobs.of(world.run());
    }

}
