package org.aicnet.server.jobs.tasklogs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.LogContentTypes;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.Parameters;
import org.aicnet.server.http.RequestSchema;
import org.aicnet.server.jobs.CallerJobs;
import org.aicnet.server.jobs.Job;
import org.aicnet.server.jobs.JobRepository;
import org.aicnet.server.jobs.Task;
import org.aicnet.server.standard.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * GET /trainjob/{id}/tasks/{taskId}/logs/url (A.46-A.48, reading R-log-link), checked against
 * trainjob-log-url-params.json: contentType missing is 0203, any value but text/plain or application/octet-stream
 * 0202; the answer is an absolute link on this server, signed, that works
 * without a token for {@code jobs.logLinkLifetime}.
 */
final class GetTaskLogLink implements Handler {

    private static final RequestSchema PARAMETERS = RequestSchema.ofParameters(TableSchemas.TRAINJOB_LOG_URL_PARAMS);
    private final JobRepository jobs;
    private final TaskLogSigner signer;
    private final BaseUrl baseUrl;
    private final Duration lifetime;
    private final Predicate<String> moreContentTypes;

    /** {@code moreContentTypes}: the values of contentType accepted beyond the schema's (TaskLogRules). */
    GetTaskLogLink(JobRepository jobs, TaskLogSigner signer, BaseUrl baseUrl, Duration lifetime,
               Predicate<String> moreContentTypes) {
        this.jobs = jobs;
        this.signer = signer;
        this.baseUrl = baseUrl;
        this.lifetime = lifetime;
        this.moreContentTypes = moreContentTypes;
    }

    @Override
    public void handle(Context ctx) {
        ObjectNode parameters = Parameters.of(ctx);
        String contentType = PARAMETERS.check(parameters, violation -> violation.of(LogContentTypes.CONTENT_TYPE)
                && violation.code() == ErrorCode.PARAMETER_VALUE
                && moreContentTypes.test(parameters.path(LogContentTypes.CONTENT_TYPE).asText()))
                .get(LogContentTypes.CONTENT_TYPE).asText();
        Job job = CallerJobs.find(ctx, jobs);
        Task task = jobs.task(job.id(), ctx.pathParam(Api.TASK_ID))
                .orElseThrow(() -> ApiException.of(ErrorCode.TASK_NOT_FOUND, "the job has no task with this id"));
        long expires = signer.expiry(lifetime.toMillis());
        String path = Api.SIGNED_LOG.replace("{" + Api.ID + "}", job.id())
                .replace("{" + Api.TASK_ID + "}", task.taskId());
        String url = baseUrl.get() + path
                + "?" + LogContentTypes.CONTENT_TYPE + "=" + URLEncoder.encode(contentType, StandardCharsets.UTF_8)
                + "&" + Api.EXPIRES + "=" + expires
                + "&" + Api.SIGNATURE + "=" + signer.signature(job.id(), task.taskId(), contentType, expires);
        Json.send(ctx, new TaskLogLink(url));
    }
}
