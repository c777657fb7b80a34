package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.http.QueryPolicies;
import org.aicnet.server.http.Route;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The training job endpoints of 7.4.1-7.4.7 (A.30-A.55), except the log link of {@code jobs.logs}. */
public final class TrainJobsRoutes implements RouteGroup {

    private final JobEngine engine;
    private final QueryPolicies queries;

    /** The job endpoints of {@code engine}, following its {@link JobEngine#rules}. */
    public TrainJobsRoutes(JobEngine engine, QueryPolicies queries) {
        this.engine = engine;
        this.queries = queries;
    }

    @Override
    public void register(RouteTable routes) {
        JobRepository jobs = engine.jobs();
        Scheduler scheduler = engine.scheduler();
        Map<String, CenterConfig> centers = engine.config().centers().stream()
                .collect(Collectors.toMap(CenterConfig::id, Function.identity()));
        JobRules rules = engine.rules();
        routes.post(ApiPaths.TRAIN_JOBS, new CreateTrainJob(new JobRequests(engine, rules.trainingRequests()),
                        scheduler, jobs, rules.takenName()))
                .get(ApiPaths.TRAIN_JOBS, new ListTrainJobs(jobs, queries.of(Route.get(ApiPaths.TRAIN_JOBS)),
                        rules.listed()))
                .get(ApiPaths.TRAIN_JOB, new GetJob(jobs, centers, rules.detail()))
                .delete(ApiPaths.TRAIN_JOB, new DeleteJob(jobs, scheduler, rules.deletion()))
                .post(ApiPaths.TRAIN_JOB_STOP, new StopJob(jobs, scheduler, rules.stop()))
                .get(ApiPaths.TRAIN_JOB_DOWNLOAD, new DownloadResults(jobs, engine.files(), rules.resultMediaType(),
                        rules.unfinished()));
    }
}
