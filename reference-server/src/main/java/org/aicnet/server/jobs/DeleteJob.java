package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import org.aicnet.server.standard.ErrorCode;

/**
 * DELETE /trainjob/{id} (A.52, A.53): only a SUCCEEDED, FAILED, STOPPED or UNKNOWN job is deleted, else 0202;
 * 204 with no body (reading R-success-status), and the job answers 0240 afterwards.
 */
final class DeleteJob implements Handler {

    private final JobRepository jobs;
    private final Scheduler scheduler;
    private final boolean runningJobsDeleted;
    private final boolean keepsDeletedJobs;

    /** {@code runningJobsDeleted} and {@code keepsDeletedJobs} are faults (org.aicnet.server.deviations). */
    DeleteJob(JobRepository jobs, Scheduler scheduler, boolean runningJobsDeleted, boolean keepsDeletedJobs) {
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.runningJobsDeleted = runningJobsDeleted;
        this.keepsDeletedJobs = keepsDeletedJobs;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Job job = CallerJobs.find(ctx, jobs);
        if (runningJobsDeleted && job.status().stoppable()) {
            scheduler.stop(job.id());
        }
        if (keepsDeletedJobs && job.status().deletable()) {
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        if (!scheduler.delete(job.id())) {
            throw jobs.find(job.id())
                    .<RuntimeException>map(current -> ErrorCode.PARAMETER_VALUE.exception("the job is "
                            + current.status() + "; only SUCCEEDED, FAILED, STOPPED and UNKNOWN jobs can be deleted"))
                    .orElseGet(CallerJobs::notFound);
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
