package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.http.Json;

import java.util.Map;

/** GET /trainjob/{id} (A.40-A.45): the job with its tasks. */
final class GetJob implements Handler {

    private final JobRepository jobs;
    private final Map<String, CenterConfig> centers;

    GetJob(JobRepository jobs, Map<String, CenterConfig> centers) {
        this.jobs = jobs;
        this.centers = centers;
    }

    @Override
    public void handle(Context ctx) {
        Job job = CallerJobs.find(ctx, jobs);
        Json.send(ctx, JobDetail.of(job, jobs.tasks(job.id()), centers));
    }
}
