package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.http.Json;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.ErrorCode;
import org.aicnet.server.standard.JobStatus;

/**
 * The address of an online job (A.60 url), public like any service a platform deploys: 200 with a small JSON while
 * the job is RUNNING, 503 with the error body otherwise, 404 for an id that is no online job. The simulated backend
 * runs no process that could listen, so the server answers for it.
 */
final class OnlineService implements Handler {

    private static final int NOT_FOUND = 404;
    private static final int UNAVAILABLE = 503;

    private final JobRepository jobs;

    OnlineService(JobRepository jobs) {
        this.jobs = jobs;
    }

    @Override
    public void handle(Context ctx) {
        Job job = jobs.find(ctx.pathParam(Api.ID))
                .filter(found -> found.kind() == JobKind.ONLINE)
                .orElseThrow(() -> ErrorCode.JOB_NOT_FOUND.exception(NOT_FOUND, "no online service has this address"));
        if (job.status() != JobStatus.RUNNING) {
            throw ErrorCode.SCHEDULER_FAILURE.exception(UNAVAILABLE, "the service is not running: its job is "
                    + job.status());
        }
        Json.send(ctx, new ServiceAnswer(job.id(), job.name(), job.status(), job.servicePort(),
                ctx.method().name(), ctx.path()));
    }
}
