package org.aicnet.server.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.LogContentTypes;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.RequestSchema;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The rules of the job endpoints (7.4) and of the engine behind them. {@link #STANDARD} is the reference server's
 * own; the deviations of {@code org.aicnet.server.deviations} replace single rules, each with one {@code with}.
 *
 * @param ids              how jobs and tasks are named (the standard fixes no shape)
 * @param pendingAtLeast   how long a new job stays PENDING at least, however free the nodes (a queue's admission)
 * @param trainingRequests how the body of POST /trainjob is read where the checks allow a choice
 * @param takenName        the job answered instead of 0208 when a training job's name is taken: none (B.1-0208)
 * @param onlineNameSpaces the kinds besides its own whose names an online job's name must not repeat: none (7.4.8)
 * @param listed           the filter GET /trainjob lists with, given the caller's own training jobs filtered
 * @param detail           the job GET /trainjob/{id} answers: the caller's (reading R-0240)
 * @param deletion         how DELETE /trainjob/{id} deletes: only an ended job (7.4.6)
 * @param stop             how POST /trainjob/{id}/stop stops: only a PENDING or RUNNING job (7.4.5)
 * @param resultMediaType  the media type of the result archive (A.55)
 * @param unfinished       what the download of a job that has not finished answers: 0202 (reading R-download)
 */
public record JobRules(JobIds ids, Duration pendingAtLeast, RequestRules trainingRequests, TakenName takenName,
                       List<JobKind> onlineNameSpaces, UnaryOperator<JobFilter> listed,
                       BiFunction<Context, JobRepository, Job> detail, Deletion deletion, Stop stop,
                       String resultMediaType, UnfinishedDownload unfinished) {

    public static final JobRules STANDARD = new JobRules(JobIds.STANDARD, Duration.ZERO, RequestRules.STANDARD,
            (jobs, request) -> Optional.empty(), List.of(), UnaryOperator.identity(), CallerJobs::find,
            (job, scheduler) -> scheduler.delete(job.id()),
            (job, scheduler) -> scheduler.stop(job.id()).map(StoppedJob::of), LogContentTypes.OCTET_STREAM,
            (ctx, job, fileName, mediaType) -> {
                throw ApiException.of(ErrorCode.PARAMETER_VALUE,
                        "the job is " + job.status() + " and has no result yet");
            });

    /**
     * How a job's body is read where JobRequests leaves a choice: the violations of its schema that pass (none) and
     * what is done to the body's config before it is checked (nothing).
     */
    public record RequestRules(Predicate<RequestSchema.Violation> tolerated, Consumer<ObjectNode> config) {

        public static final RequestRules STANDARD = new RequestRules(violation -> false, config -> { });

        public RequestRules withTolerated(Predicate<RequestSchema.Violation> passes) {
            return new RequestRules(tolerated.or(passes), config);
        }

        /** {@code change}: applied to the config as sent, after the changes already made. */
        public RequestRules withConfig(Consumer<ObjectNode> change) {
            return new RequestRules(tolerated, config.andThen(change));
        }
    }

    /** The job answered, if any, for a request whose name the user's jobs of its kind already have. */
    @FunctionalInterface
    public interface TakenName {
        Optional<Job> answer(JobRepository jobs, NewJob request);
    }

    /** Deletes the job; false when the job may not be deleted. */
    @FunctionalInterface
    public interface Deletion {
        boolean delete(Job job, Scheduler scheduler) throws BackendException;
    }

    /** Stops the job; empty when the job may not be stopped. */
    @FunctionalInterface
    public interface Stop {
        Optional<StoppedJob> stop(Job job, Scheduler scheduler) throws BackendException;
    }

    /** Answers the download of a job that has not finished, as {@code fileName} of {@code mediaType}, or throws. */
    @FunctionalInterface
    public interface UnfinishedDownload {
        void answer(Context ctx, Job job, String fileName, String mediaType) throws Exception;
    }

    public JobRules withIds(JobIds named) {
        return new JobRules(named, pendingAtLeast, trainingRequests, takenName, onlineNameSpaces, listed, detail,
                deletion, stop, resultMediaType, unfinished);
    }

    public JobRules withPendingAtLeast(Duration pending) {
        return new JobRules(ids, pending, trainingRequests, takenName, onlineNameSpaces, listed, detail, deletion,
                stop, resultMediaType, unfinished);
    }

    public JobRules withTrainingRequests(UnaryOperator<RequestRules> change) {
        return new JobRules(ids, pendingAtLeast, change.apply(trainingRequests), takenName, onlineNameSpaces, listed,
                detail, deletion, stop, resultMediaType, unfinished);
    }

    public JobRules withTakenName(TakenName answer) {
        return new JobRules(ids, pendingAtLeast, trainingRequests, answer, onlineNameSpaces, listed, detail,
                deletion, stop, resultMediaType, unfinished);
    }

    public JobRules withOnlineNameSpaces(List<JobKind> kinds) {
        return new JobRules(ids, pendingAtLeast, trainingRequests, takenName, List.copyOf(kinds), listed, detail,
                deletion, stop, resultMediaType, unfinished);
    }

    public JobRules withListed(UnaryOperator<JobFilter> filter) {
        return new JobRules(ids, pendingAtLeast, trainingRequests, takenName, onlineNameSpaces, filter, detail,
                deletion, stop, resultMediaType, unfinished);
    }

    public JobRules withDetail(BiFunction<Context, JobRepository, Job> found) {
        return new JobRules(ids, pendingAtLeast, trainingRequests, takenName, onlineNameSpaces, listed, found,
                deletion, stop, resultMediaType, unfinished);
    }

    public JobRules withDeletion(Deletion deletes) {
        return new JobRules(ids, pendingAtLeast, trainingRequests, takenName, onlineNameSpaces, listed, detail,
                deletes, stop, resultMediaType, unfinished);
    }

    public JobRules withStop(Stop stops) {
        return new JobRules(ids, pendingAtLeast, trainingRequests, takenName, onlineNameSpaces, listed, detail,
                deletion, stops, resultMediaType, unfinished);
    }

    public JobRules withResultMediaType(String mediaType) {
        return new JobRules(ids, pendingAtLeast, trainingRequests, takenName, onlineNameSpaces, listed, detail,
                deletion, stop, mediaType, unfinished);
    }

    public JobRules withUnfinished(UnfinishedDownload answer) {
        return new JobRules(ids, pendingAtLeast, trainingRequests, takenName, onlineNameSpaces, listed, detail,
                deletion, stop, resultMediaType, answer);
    }
}
