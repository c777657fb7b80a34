package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.auth.Principal;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.Json;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.JobStatus;

import java.util.Optional;

/**
 * The address of an online job (A.60 url), for its owner only: with the owner's token, or through the signed
 * address that POST /onlineJob hands out ({@link ServiceLinks}). Without either it is 401/0101, with a signature that
 * is not the address's 403/0101 (as a tampered log link), both before the id is looked at, so that nothing of a job
 * is revealed; an id that is no online job of the token's user is 404/0240. While the job is RUNNING it answers 200
 * with a small JSON, else 503 with the error body. The simulated backend runs no process that could listen, so the
 * server answers for it.
 */
final class OnlineService implements Handler {

    private static final int NOT_FOUND = 404;
    private static final int FORBIDDEN = 403;
    private static final int UNAVAILABLE = 503;

    private final JobRepository jobs;
    private final ServiceLinks links;

    OnlineService(JobRepository jobs, ServiceLinks links) {
        this.jobs = jobs;
        this.links = links;
    }

    @Override
    public void handle(Context ctx) {
        String id = ctx.pathParam(Api.ID);
        Optional<Principal> caller = Principal.find(ctx);
        if (caller.isEmpty()) {
            String signature = ctx.queryParam(Api.SIGNATURE);
            if (signature == null) {
                throw ApiException.of(ErrorCode.AUTHENTICATION_FAILED, "send the owner's token as " + Api.TOKEN_HEADER
                        + ", or use the signed address of the job's metadata.url");
            }
            if (!links.valid(id, signature)) {
                throw ApiException.of(ErrorCode.AUTHENTICATION_FAILED, FORBIDDEN,
                        "the address's signature is not valid");
            }
        }
        Job job = jobs.find(id)
                .filter(found -> found.kind() == JobKind.ONLINE)
                .filter(found -> caller.isEmpty() || found.userId().equals(caller.get().userId()))
                .orElseThrow(() -> ApiException.of(ErrorCode.JOB_NOT_FOUND, NOT_FOUND,
                        "no online service has this address"));
        if (job.status() != JobStatus.RUNNING) {
            throw ApiException.of(ErrorCode.SCHEDULER_FAILURE, UNAVAILABLE, "the service is not running: its job is "
                    + job.status());
        }
        Json.send(ctx, new ServiceAnswer(job.id(), job.name(), job.status(), job.servicePort(),
                ctx.method().name(), ctx.path()));
    }
}
