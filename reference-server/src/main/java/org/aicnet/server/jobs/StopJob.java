package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.Json;

/** POST /trainjob/{id}/stop (A.49-A.51): only a PENDING or RUNNING job stops; any other is 0202. */
final class StopJob implements Handler {

    private final JobRepository jobs;
    private final Scheduler scheduler;
    private final JobRules.Stop stop;

    StopJob(JobRepository jobs, Scheduler scheduler, JobRules.Stop stop) {
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.stop = stop;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Job job = CallerJobs.find(ctx, jobs);
        Json.send(ctx, stop.stop(job, scheduler).orElseThrow(() -> notStoppable(job.id())));
    }

    private RuntimeException notStoppable(String jobId) {
        return jobs.find(jobId)
                .<RuntimeException>map(job -> ApiException.of(ErrorCode.PARAMETER_VALUE, "the job is " + job.status()
                        + "; only PENDING and RUNNING jobs can be stopped"))
                .orElseGet(CallerJobs::notFound);
    }
}
