package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.Times;
import org.aicnet.server.standard.ErrorCode;
import org.aicnet.server.standard.JobStatus;

/** POST /trainjob/{id}/stop (A.49-A.51): only a PENDING or RUNNING job stops; any other is 0202. */
final class StopJob implements Handler {

    private final JobRepository jobs;
    private final Scheduler scheduler;
    private final boolean endedJobsStop;

    /** {@code endedJobsStop}: the fault that answers STOPPED for a job that has ended (org.aicnet.server.deviations). */
    StopJob(JobRepository jobs, Scheduler scheduler, boolean endedJobsStop) {
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.endedJobsStop = endedJobsStop;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Job job = CallerJobs.find(ctx, jobs);
        if (endedJobsStop && !job.status().stoppable()) {
            Json.send(ctx, new StoppedJob(job.id(), JobStatus.STOPPED, Times.format(scheduler.now())));
            return;
        }
        Job stopped = scheduler.stop(job.id()).orElseThrow(() -> notStoppable(job.id()));
        Json.send(ctx, StoppedJob.of(stopped));
    }

    private RuntimeException notStoppable(String jobId) {
        return jobs.find(jobId)
                .<RuntimeException>map(job -> ErrorCode.PARAMETER_VALUE.exception("the job is " + job.status()
                        + "; only PENDING and RUNNING jobs can be stopped"))
                .orElseGet(CallerJobs::notFound);
    }
}
