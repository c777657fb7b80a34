package org.aicnet.server.jobs;

import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.deviations.Fault;
import org.aicnet.server.deviations.Faults;
import org.aicnet.server.http.Feature;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.standard.Api;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The training job endpoints of 7.4.1-7.4.7 (A.30-A.55), except the log link of {@code jobs.logs}. */
public final class TrainJobsFeature implements Feature {

    private final JobEngine engine;
    private final Faults faults;

    public TrainJobsFeature(JobEngine engine, Faults faults) {
        this.engine = engine;
        this.faults = faults;
    }

    @Override
    public void register(RouteTable routes) {
        JobRepository jobs = engine.jobs();
        Scheduler scheduler = engine.scheduler();
        Map<String, CenterConfig> centers = engine.config().centers().stream()
                .collect(Collectors.toMap(CenterConfig::id, Function.identity()));
        routes.post(Api.TRAIN_JOBS, new CreateTrainJob(new JobRequests(engine, faults), scheduler, jobs,
                        faults.on(Fault.JOB_NAME_TAKEN_ANSWERS_EXISTING_JOB)))
                .get(Api.TRAIN_JOBS, new ListTrainJobs(jobs, faults.query("GET " + Api.TRAIN_JOBS),
                        faults.on(Fault.JOB_LIST_SHOWS_OTHER_USERS_JOBS), faults.on(Fault.JOB_LIST_SHOWS_ONLINE_JOBS)))
                .get(Api.TRAIN_JOB, new GetJob(jobs, centers, faults.on(Fault.JOB_DETAIL_OF_OTHER_USER)))
                .delete(Api.TRAIN_JOB, new DeleteJob(jobs, scheduler, faults.on(Fault.DELETE_OF_RUNNING_JOB_ACCEPTED),
                        faults.on(Fault.DELETED_JOB_STILL_READABLE)))
                .post(Api.TRAIN_JOB_STOP, new StopJob(jobs, scheduler, faults.on(Fault.STOP_OF_ENDED_JOB_ACCEPTED)))
                .get(Api.TRAIN_JOB_DOWNLOAD, new DownloadResults(jobs, engine.files(),
                        faults.on(Fault.DOWNLOAD_AS_JSON), faults.on(Fault.DOWNLOAD_OF_RUNNING_JOB_ACCEPTED)));
    }
}
