package org.aicnet.server.jobs;

import io.javalin.http.Context;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.auth.Principal;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.standard.Api;

/**
 * The job a request names in its path, if it is the caller's. Reading R-0240: an unknown id and another user's job
 * get the very same answer, which names neither the id nor its owner.
 */
public final class CallerJobs {

    private CallerJobs() {
    }

    public static Job find(Context ctx, JobRepository jobs) {
        return jobs.findOwned(Principal.of(ctx).userId(), ctx.pathParam(Api.ID)).orElseThrow(CallerJobs::notFound);
    }

    public static ApiException notFound() {
        return ApiException.of(ErrorCode.JOB_NOT_FOUND, "no job of yours has this id");
    }
}
