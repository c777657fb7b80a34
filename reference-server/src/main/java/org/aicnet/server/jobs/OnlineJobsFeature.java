package org.aicnet.server.jobs;

import org.aicnet.server.faults.Fault;
import org.aicnet.server.faults.Faults;
import org.aicnet.server.http.Access;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.Feature;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.standard.Api;

/**
 * Online service jobs (7.4.8, A.56-A.60) and their service addresses. An online job has its own name space (0208)
 * and is not listed by GET /trainjob; it runs until its command ends (a command the simulation does not know runs
 * until stopped, {@code sleep N} ends after N seconds) or until the user stops it with POST /trainjob/{id}/stop, the
 * only stop the standard has, which like GET, DELETE, the log link and the download of /trainjob/{id} takes the id of
 * any job of the caller.
 */
public final class OnlineJobsFeature implements Feature {

    private final JobEngine engine;
    private final BaseUrl baseUrl;
    private final Faults faults;

    public OnlineJobsFeature(JobEngine engine, BaseUrl baseUrl, Faults faults) {
        this.engine = engine;
        this.baseUrl = baseUrl;
        this.faults = faults;
    }

    @Override
    public void register(RouteTable routes) {
        OnlineService service = new OnlineService(engine.jobs());
        routes.post(Api.ONLINE_JOBS, new CreateOnlineJob(new JobRequests(engine, faults), engine.scheduler(), baseUrl,
                        engine.jobs(), faults.on(Fault.ONLINE_JOB_NAMES_SHARED_WITH_TRAINING)))
                .get(Api.SERVICE, service, Access.PUBLIC)
                .post(Api.SERVICE, service, Access.PUBLIC)
                .get(Api.SERVICE_PATH, service, Access.PUBLIC)
                .post(Api.SERVICE_PATH, service, Access.PUBLIC);
    }
}
