package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.http.Json;
import org.aicnet.server.standard.ErrorCode;

import java.util.Optional;

/** POST /trainjob (A.30-A.34): submits the job to the scheduler and answers its metadata and status. */
final class CreateTrainJob implements Handler {

    private final JobRequests requests;
    private final Scheduler scheduler;
    private final JobRepository jobs;
    private final boolean takenNameAnswersExistingJob;

    /** {@code takenNameAnswersExistingJob}: the fault that answers 200 instead of 0208 (org.aicnet.server.deviations). */
    CreateTrainJob(JobRequests requests, Scheduler scheduler, JobRepository jobs,
                   boolean takenNameAnswersExistingJob) {
        this.requests = requests;
        this.scheduler = scheduler;
        this.jobs = jobs;
        this.takenNameAnswersExistingJob = takenNameAnswersExistingJob;
    }

    @Override
    public void handle(Context ctx) {
        NewJob request = requests.read(ctx, JobKind.TRAINING);
        Job job = scheduler.submit(request)
                .or(() -> takenNameAnswersExistingJob
                        ? jobs.named(request.userId(), JobKind.TRAINING, request.name()) : Optional.empty())
                .orElseThrow(() -> ErrorCode.JOB_NAME_EXISTS.exception(
                        "you already have a training job named " + request.name()));
        Json.send(ctx, JobSummary.of(job));
    }
}
