package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.Json;
import org.aicnet.server.standard.Api;

import java.util.List;

/**
 * POST /onlineJob (7.4.8, A.56-A.60): a job like a training job, plus config.port, whose metadata carries the
 * absolute address of its service, served by this server ({@link OnlineService}) while the job runs.
 */
final class CreateOnlineJob implements Handler {

    private final JobRequests requests;
    private final Scheduler scheduler;
    private final BaseUrl baseUrl;
    private final JobRepository jobs;
    private final ServiceLinks links;
    private final List<JobKind> nameSpaces;

    /** {@code nameSpaces}: the kinds besides its own whose names an online job's name must not repeat (JobRules). */
    CreateOnlineJob(JobRequests requests, Scheduler scheduler, BaseUrl baseUrl, JobRepository jobs, ServiceLinks links,
                    List<JobKind> nameSpaces) {
        this.requests = requests;
        this.scheduler = scheduler;
        this.baseUrl = baseUrl;
        this.jobs = jobs;
        this.links = links;
        this.nameSpaces = nameSpaces;
    }

    @Override
    public void handle(Context ctx) {
        NewJob request = requests.read(ctx, JobKind.ONLINE);
        for (JobKind kind : nameSpaces) {
            if (jobs.named(request.userId(), kind, request.name()).isPresent()) {
                throw ApiException.of(ErrorCode.JOB_NAME_EXISTS, "you already have a job named " + request.name());
            }
        }
        Job job = scheduler.submit(request).orElseThrow(() -> ApiException.of(ErrorCode.JOB_NAME_EXISTS,
                "you already have an online job named " + request.name()));
        // The signed address: it works without a token, for whoever the owner hands it to (ServiceLinks).
        String url = baseUrl.get() + Api.SERVICE.replace("{" + Api.ID + "}", job.id()) + "/?" + Api.SIGNATURE + "="
                + links.signature(job.id());
        Json.send(ctx, new OnlineJobCreated(OnlineJobMetadata.of(job, url), job.status()));
    }
}
