package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.http.Access;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.standard.Api;
import org.aicnet.server.store.Database;

import java.nio.file.Path;

/**
 * Online service jobs (7.4.8, A.56-A.60) and their service addresses. An online job has its own name space (0208)
 * and is not listed by GET /trainjob; it runs until its command ends (a command the simulation does not know runs
 * until stopped, {@code sleep N} ends after N seconds) or until the user stops it with POST /trainjob/{id}/stop, the
 * only stop the standard has, which like GET, DELETE, the log link and the download of /trainjob/{id} takes the id of
 * any job of the caller.
 */
public final class OnlineJobsRoutes implements RouteGroup {

    private final JobEngine engine;
    private final BaseUrl baseUrl;
    private final ServiceLinks links;

    public OnlineJobsRoutes(JobEngine engine, BaseUrl baseUrl, Database database, Path dataDirectory) {
        this.engine = engine;
        this.baseUrl = baseUrl;
        this.links = ServiceLinks.open(database, dataDirectory);
    }

    @Override
    public void register(RouteTable routes) {
        OnlineService service = new OnlineService(engine.jobs(), links);
        routes.post(ApiPaths.ONLINE_JOBS, new CreateOnlineJob(new JobRequests(engine, JobRules.RequestRules.STANDARD),
                        engine.scheduler(), baseUrl, engine.jobs(), links, engine.rules().onlineNameSpaces()))
                .get(Api.SERVICE, service, Access.TOKEN_OR_SIGNATURE)
                .post(Api.SERVICE, service, Access.TOKEN_OR_SIGNATURE)
                .get(Api.SERVICE_PATH, service, Access.TOKEN_OR_SIGNATURE)
                .post(Api.SERVICE_PATH, service, Access.TOKEN_OR_SIGNATURE);
    }
}
