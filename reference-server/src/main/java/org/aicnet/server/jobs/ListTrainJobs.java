package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.auth.Principal;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.ListQuery;
import org.aicnet.server.http.QueryParams;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.http.RequestSchema;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.JobStatus;

/** GET /trainjob (A.35-A.39): the caller's training jobs, filtered, sorted and paged by the database. */
final class ListTrainJobs implements Handler {

    private static final RequestSchema QUERY = RequestSchema.ofParameters("trainjob-list-query.json");

    private final JobRepository jobs;
    private final QueryPolicy policy;
    private final boolean everyUsersJobs;
    private final boolean everyKind;

    /** {@code everyUsersJobs} and {@code everyKind} are faults (org.aicnet.server.faults); false to conform. */
    ListTrainJobs(JobRepository jobs, QueryPolicy policy, boolean everyUsersJobs, boolean everyKind) {
        this.jobs = jobs;
        this.policy = policy;
        this.everyUsersJobs = everyUsersJobs;
        this.everyKind = everyKind;
    }

    @Override
    public void handle(Context ctx) {
        QueryParams params = new QueryParams(ctx, QUERY, policy);
        ListQuery query = params.listQuery(Api.JOB_SORTS);
        JobFilter filter = new JobFilter(params.text(Api.CENTER_ID).orElse(null),
                params.text(Api.PROCESSOR).orElse(null), params.text(Api.STATUS).map(JobStatus::valueOf).orElse(null),
                params.createTimeRange());
        Json.send(ctx, JobList.of(jobs.list(everyUsersJobs ? null : Principal.of(ctx).userId(),
                everyKind ? null : JobKind.TRAINING, filter, query)));
    }
}
