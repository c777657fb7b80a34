package org.aicnet.server.jobs.tasklogs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.LogContentTypes;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.Attachments;
import org.aicnet.server.jobs.Job;
import org.aicnet.server.jobs.JobFiles;
import org.aicnet.server.jobs.JobRepository;
import org.aicnet.server.jobs.Task;
import org.aicnet.server.standard.Api;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The signed log link handed out by {@link GetTaskLogLink}; public, the signature standing in for the token (reading
 * R-log-link). A link altered in any part is 403/0101, an expired one 403/0102, one to a deleted job 400/0240. A
 * good link serves the log as written so far: {@code text/plain; charset=utf-8} inline, or
 * {@code application/octet-stream} as an attachment.
 */
final class SignedTaskLog implements Handler {

    private static final int FORBIDDEN = 403;
    private static final String TEXT = "text/plain; charset=utf-8";

    private final JobRepository jobs;
    private final JobFiles files;
    private final TaskLogSigner signer;
    private final UnaryOperator<TaskLogSigner.Verdict> verdicts;

    /** {@code verdicts}: the verdict acted on, given the signer's (TaskLogRules). */
    SignedTaskLog(JobRepository jobs, JobFiles files, TaskLogSigner signer,
              UnaryOperator<TaskLogSigner.Verdict> verdicts) {
        this.jobs = jobs;
        this.files = files;
        this.signer = signer;
        this.verdicts = verdicts;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String jobId = ctx.pathParam(Api.ID);
        String taskId = ctx.pathParam(Api.TASK_ID);
        String contentType = ctx.queryParam(LogContentTypes.CONTENT_TYPE);
        switch (verdicts.apply(signer.verify(jobId, taskId, contentType, ctx.queryParam(Api.EXPIRES),
                ctx.queryParam(Api.SIGNATURE)))) {
            case TAMPERED -> throw ApiException.of(ErrorCode.AUTHENTICATION_FAILED, FORBIDDEN,
                    "the log link is not valid");
            case EXPIRED -> throw ApiException.of(ErrorCode.TOKEN_EXPIRED, FORBIDDEN, "the log link has expired");
            // a valid link names its contentType; one served on another verdict may have lost it
            case VALID -> serve(ctx, jobId, taskId, contentType == null ? LogContentTypes.TEXT_PLAIN : contentType);
        }
    }

    private void serve(Context ctx, String jobId, String taskId, String contentType) throws Exception {
        Job job = jobs.find(jobId)
                .orElseThrow(() -> ApiException.of(ErrorCode.JOB_NOT_FOUND, "the job of this log link was deleted"));
        Task task = jobs.task(job.id(), taskId)
                .orElseThrow(() -> ApiException.of(ErrorCode.TASK_NOT_FOUND, "the job has no task with this id"));
        if (contentType.equals(LogContentTypes.OCTET_STREAM)) {
            Attachments.send(ctx, job.id() + "-" + task.taskId() + ".log");
        } else {
            ctx.contentType(TEXT);
            ctx.header(Header.CONTENT_DISPOSITION, "inline");
        }
        Path log = files.logFile(job.id(), task.taskId());
        // A task that has not started yet has written nothing: its log is empty.
        ctx.result(Files.exists(log) ? Files.newInputStream(log) : new ByteArrayInputStream(new byte[0]));
    }
}
