package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.http.Json;

import java.util.Map;
import java.util.function.BiFunction;

/** GET /trainjob/{id} (A.40-A.45): the job with its tasks. */
final class GetJob implements Handler {

    private final JobRepository jobs;
    private final Map<String, CenterConfig> centers;
    private final BiFunction<Context, JobRepository, Job> detail;

    /** {@code detail}: the job a request names (JobRules). */
    GetJob(JobRepository jobs, Map<String, CenterConfig> centers, BiFunction<Context, JobRepository, Job> detail) {
        this.jobs = jobs;
        this.centers = centers;
        this.detail = detail;
    }

    @Override
    public void handle(Context ctx) {
        Job job = detail.apply(ctx, jobs);
        Json.send(ctx, JobDetail.of(job, jobs.tasks(job.id()), centers));
    }
}
