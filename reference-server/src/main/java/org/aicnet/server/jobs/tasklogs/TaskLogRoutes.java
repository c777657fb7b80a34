package org.aicnet.server.jobs.tasklogs;

import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.http.Access;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.jobs.JobEngine;
import org.aicnet.server.standard.Api;

/** 7.4.4: a task's log link (A.46-A.48) and the public, signed route that serves it. */
public final class TaskLogRoutes implements RouteGroup {

    private final JobEngine engine;
    private final TaskLogSigner signer;
    private final BaseUrl baseUrl;
    private final TaskLogRules rules;

    public TaskLogRoutes(JobEngine engine, TaskLogSigner signer, BaseUrl baseUrl, TaskLogRules rules) {
        this.engine = engine;
        this.signer = signer;
        this.baseUrl = baseUrl;
        this.rules = rules;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(ApiPaths.TASK_LOG_URL, new GetTaskLogLink(engine.jobs(), signer, baseUrl,
                        engine.config().jobs().logLinkLifetime(), rules.moreContentTypes()))
                .get(Api.SIGNED_LOG, new SignedTaskLog(engine.jobs(), engine.files(), signer, rules.verdicts()),
                        Access.PUBLIC);
    }
}
