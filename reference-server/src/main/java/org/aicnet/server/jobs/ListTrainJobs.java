package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.auth.Principal;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.ListQuery;
import org.aicnet.server.http.QueryParams;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.ErrorCode;
import org.aicnet.server.standard.JobStatus;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/** GET /trainjob (A.35-A.39): the caller's training jobs, filtered, sorted and paged by the database. */
final class ListTrainJobs implements Handler {

    private final JobRepository jobs;
    private final QueryPolicy policy;
    private final UnaryOperator<JobFilter> listed;

    /** {@code listed}: the filter listed with, given the caller's training jobs filtered (JobRules). */
    ListTrainJobs(JobRepository jobs, QueryPolicy policy, UnaryOperator<JobFilter> listed) {
        this.jobs = jobs;
        this.policy = policy;
        this.listed = listed;
    }

    @Override
    public void handle(Context ctx) {
        QueryParams params = new QueryParams(ctx, policy);
        ListQuery query = params.listQuery(Api.JOB_SORTS);
        JobFilter filter = new JobFilter(Principal.of(ctx).userId(), JobKind.TRAINING,
                params.text(Api.CENTER_ID).orElse(null), params.text(Api.PROCESSOR).orElse(null), status(params),
                params.createTimeRange());
        Json.send(ctx, JobList.of(jobs.list(listed.apply(filter), query)));
    }

    /** Reading R-bad-enum: a status that is not one of 6.3.4's is 0202. */
    private static JobStatus status(QueryParams params) {
        return params.text(Api.STATUS).map(text -> Arrays.stream(JobStatus.values())
                .filter(status -> status.name().equals(text))
                .findFirst()
                .orElseThrow(() -> ErrorCode.PARAMETER_VALUE.exception(Api.STATUS + " must be one of "
                        + Arrays.toString(JobStatus.values()))))
                .orElse(null);
    }
}
