package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.http.Json;
import org.aicnet.server.standard.ErrorCode;

/** POST /trainjob (A.30-A.34): stores the job, wakes the scheduler and answers its metadata and status. */
final class CreateTrainJob implements Handler {

    private final JobRequests requests;
    private final JobRepository jobs;
    private final Scheduler scheduler;

    CreateTrainJob(JobRequests requests, JobRepository jobs, Scheduler scheduler) {
        this.requests = requests;
        this.jobs = jobs;
        this.scheduler = scheduler;
    }

    @Override
    public void handle(Context ctx) {
        NewJob request = requests.read(ctx, JobKind.TRAINING);
        Job job = jobs.insert(request).orElseThrow(() -> ErrorCode.JOB_NAME_EXISTS.exception(
                "you already have a training job named " + request.name()));
        scheduler.wake();
        Json.send(ctx, JobResponses.Summary.of(job));
    }
}
