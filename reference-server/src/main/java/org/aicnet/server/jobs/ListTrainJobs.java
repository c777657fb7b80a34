package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.auth.Principal;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.ListQuery;
import org.aicnet.server.http.QueryParams;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.http.RequestSchema;

import java.util.function.UnaryOperator;

/** GET /trainjob (A.35-A.39): the caller's training jobs, filtered, sorted and paged by the database. */
final class ListTrainJobs implements Handler {

    private static final RequestSchema QUERY = RequestSchema.ofParameters(TableSchemas.TRAINJOB_LIST_QUERY);

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
        QueryParams params = new QueryParams(ctx, QUERY, policy);
        ListQuery query = params.listQuery(ListQueries.JOB_SORTS);
        JobFilter filter = new JobFilter(Principal.of(ctx).userId(), JobKind.TRAINING,
                params.text(ListQueries.CENTER_ID).orElse(null), params.text(ListQueries.PROCESSOR).orElse(null),
                params.text(ListQueries.STATUS).map(JobStatus::valueOf).orElse(null), params.createTimeRange());
        Json.send(ctx, JobList.of(jobs.list(listed.apply(filter), query)));
    }
}
