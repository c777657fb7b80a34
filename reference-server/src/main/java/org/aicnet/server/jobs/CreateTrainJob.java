package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.Json;

/** POST /trainjob (A.30-A.34): submits the job to the scheduler and answers its metadata and status. */
final class CreateTrainJob implements Handler {

    private final JobRequests requests;
    private final Scheduler scheduler;
    private final JobRepository jobs;
    private final JobRules.TakenName takenName;

    CreateTrainJob(JobRequests requests, Scheduler scheduler, JobRepository jobs, JobRules.TakenName takenName) {
        this.requests = requests;
        this.scheduler = scheduler;
        this.jobs = jobs;
        this.takenName = takenName;
    }

    @Override
    public void handle(Context ctx) {
        NewJob request = requests.read(ctx, JobKind.TRAINING);
        Job job = scheduler.submit(request)
                .or(() -> takenName.answer(jobs, request))
                .orElseThrow(() -> ApiException.of(ErrorCode.JOB_NAME_EXISTS,
                        "you already have a training job named " + request.name()));
        Json.send(ctx, JobSummary.of(job));
    }
}
