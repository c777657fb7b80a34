package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.http.ApiException;

/**
 * DELETE /trainjob/{id} (A.52, A.53): only a SUCCEEDED, FAILED, STOPPED or UNKNOWN job is deleted, else 0202;
 * 204 with no body (reading R-success-status), and the job answers 0240 afterwards.
 */
final class DeleteJob implements Handler {

    private final JobRepository jobs;
    private final Scheduler scheduler;
    private final JobRules.Deletion deletion;

    DeleteJob(JobRepository jobs, Scheduler scheduler, JobRules.Deletion deletion) {
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.deletion = deletion;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Job job = CallerJobs.find(ctx, jobs);
        if (!deletion.delete(job, scheduler)) {
            throw jobs.find(job.id())
                    .<RuntimeException>map(current -> ApiException.of(ErrorCode.PARAMETER_VALUE, "the job is "
                            + current.status() + "; only SUCCEEDED, FAILED, STOPPED and UNKNOWN jobs can be deleted"))
                    .orElseGet(CallerJobs::notFound);
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
