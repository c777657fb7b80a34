package org.aicnet.server.jobs.logs;

import org.aicnet.server.deviations.Fault;
import org.aicnet.server.deviations.Faults;
import org.aicnet.server.http.Access;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.Feature;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.jobs.JobEngine;
import org.aicnet.server.standard.Api;

/** 7.4.4: a task's log link (A.46-A.48) and the public, signed route that serves it. */
public final class LogLinksFeature implements Feature {

    private final JobEngine engine;
    private final LogLinkSigner signer;
    private final BaseUrl baseUrl;
    private final Faults faults;

    public LogLinksFeature(JobEngine engine, LogLinkSigner signer, BaseUrl baseUrl, Faults faults) {
        this.engine = engine;
        this.signer = signer;
        this.baseUrl = baseUrl;
        this.faults = faults;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(Api.TASK_LOG_URL, new TaskLogUrl(engine.jobs(), signer, baseUrl,
                        engine.config().jobs().logLinkLifetime(), faults.on(Fault.LOG_URL_ANY_CONTENT_TYPE)))
                .get(Api.SIGNED_LOG, new SignedLog(engine.jobs(), engine.files(), signer,
                        faults.on(Fault.LOG_LINK_NEVER_EXPIRES), faults.on(Fault.LOG_LINK_SIGNATURE_UNCHECKED)),
                        Access.PUBLIC);
    }
}
