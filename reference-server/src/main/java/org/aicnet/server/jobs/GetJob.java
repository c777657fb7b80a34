package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.http.Json;
import org.aicnet.server.standard.Api;

import java.util.Map;

/** GET /trainjob/{id} (A.40-A.45): the job with its tasks. */
final class GetJob implements Handler {

    private final JobRepository jobs;
    private final Map<String, CenterConfig> centers;
    private final boolean anyUsersJob;

    /** {@code anyUsersJob}: the fault that answers another user's job (org.aicnet.server.deviations). */
    GetJob(JobRepository jobs, Map<String, CenterConfig> centers, boolean anyUsersJob) {
        this.jobs = jobs;
        this.centers = centers;
        this.anyUsersJob = anyUsersJob;
    }

    @Override
    public void handle(Context ctx) {
        Job job = anyUsersJob ? jobs.find(ctx.pathParam(Api.ID)).orElseThrow(CallerJobs::notFound)
                : CallerJobs.find(ctx, jobs);
        Json.send(ctx, JobDetail.of(job, jobs.tasks(job.id()), centers));
    }
}
