package org.aicnet.server.jobs;

import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.http.Feature;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.standard.Api;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The training job endpoints of 7.4.1-7.4.7 (A.30-A.55), except the log link of {@code jobs.logs}. */
public final class TrainJobsFeature implements Feature {

    private final JobEngine engine;

    public TrainJobsFeature(JobEngine engine) {
        this.engine = engine;
    }

    @Override
    public void register(RouteTable routes) {
        JobRepository jobs = engine.jobs();
        Scheduler scheduler = engine.scheduler();
        Map<String, CenterConfig> centers = engine.config().centers().stream()
                .collect(Collectors.toMap(CenterConfig::id, Function.identity()));
        routes.post(Api.TRAIN_JOBS, new CreateTrainJob(engine.requests(), scheduler))
                .get(Api.TRAIN_JOBS, new ListTrainJobs(jobs))
                .get(Api.TRAIN_JOB, new GetJob(jobs, centers))
                .delete(Api.TRAIN_JOB, new DeleteJob(jobs, scheduler))
                .post(Api.TRAIN_JOB_STOP, new StopJob(jobs, scheduler))
                .get(Api.TRAIN_JOB_DOWNLOAD, new DownloadResults(jobs, engine.files()));
    }
}
