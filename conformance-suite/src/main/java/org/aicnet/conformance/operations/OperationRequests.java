package org.aicnet.conformance.operations;

import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.jobs.Jobs;
import org.aicnet.conformance.jobs.SharedJob;
import org.aicnet.conformance.jobs.TrackedJob;
import org.aicnet.conformance.platform.ApiRequest;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Authenticator;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.conformance.run.Cleanup;
import org.aicnet.conformance.run.RunContext;
import org.aicnet.schemas.standard.LogContentTypes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds a request of an operation that is valid in everything but its token (reading R-several-errors: one error at
 * a time), with the jobs it needs from the run's shared jobs (the token checks' own, {@link SharedJob#TOKEN_RUNNING}
 * and {@link SharedJob#TOKEN_SUCCEEDED}); and records for the cleanup whatever such a request created when the
 * platform served it.
 */
public final class OperationRequests {

    private final RunContext run;
    private final PlatformClient client;
    private final Jobs jobs;

    /** {@code jobs}: the check's, for the jobs and names the request needs. */
    public OperationRequests(RunContext run, PlatformClient client, Jobs jobs) {
        this.run = run;
        this.client = client;
        this.jobs = jobs;
    }

    /** A valid request of the operation, without a token. */
    public ApiRequest valid(Operation operation) {
        ApiRequest request = request(operation);
        switch (operation) {
            case LOG_IN -> request.json(Authenticator.body(run.config().primaryUser(), true));
            case UPLOAD_DATASET -> upload(request, jobs.newName("dataset"));
            case CREATE_TRAINING_JOB, CREATE_ONLINE_JOB -> request.json(jobs.body("token-check",
                    run.config().succeedingCommand()).toString());
            case SHOW_TRAINING_JOB, STOP_TRAINING_JOB -> request.pathParam("id",
                    jobs.shared(SharedJob.TOKEN_RUNNING).id());
            case ASK_TASK_LOG_LINK -> {
                TrackedJob job = jobs.shared(SharedJob.TOKEN_RUNNING);
                request.pathParam("id", job.id()).pathParam("taskId", jobs.taskIds(job).get(0))
                        .query(LogContentTypes.CONTENT_TYPE, LogContentTypes.TEXT_PLAIN);
            }
            case DELETE_TRAINING_JOB, DOWNLOAD_RESULTS -> request.pathParam("id",
                    jobs.endedIn(SharedJob.TOKEN_SUCCEEDED, "SUCCEEDED").id());
            default -> {
            }
        }
        return request;
    }

    /** A request of an operation on one job, naming a job that does not exist (and a task that does not either). */
    public ApiRequest unknownJob(Operation operation) {
        if (!operation.onOneJob()) {
            throw new IllegalArgumentException("kit defect: '" + operation.words() + "' acts on no single job");
        }
        ApiRequest request = request(operation).pathParam("id", "aicnet-no-such-job-" + run.runId());
        if (operation == Operation.ASK_TASK_LOG_LINK) {
            request.pathParam("taskId", "aicnet-no-such-task")
                    .query(LogContentTypes.CONTENT_TYPE, LogContentTypes.TEXT_PLAIN);
        }
        return request;
    }

    /** A request to the operation's path (one without an id) with another HTTP method. */
    public ApiRequest withMethod(Operation operation, String method) {
        if (operation.onOneJob()) {
            throw new IllegalArgumentException("kit defect: '" + operation.words() + "' has an id in its path");
        }
        return client.absolute(method, operation.path());
    }

    private ApiRequest request(Operation operation) {
        return switch (operation.method()) {
            case "GET" -> client.get(operation.path());
            case "POST" -> client.post(operation.path());
            case "DELETE" -> client.delete(operation.path());
            default -> throw new IllegalStateException("kit defect: no method " + operation.method());
        };
    }

    /**
     * Records what a served request created, under the user who sent it (null: the platform served it without a valid
     * token, so no user of the run owns it for sure).
     */
    public void recordCreated(Operation operation, ApiResponse response, Credentials sender) {
        if (!operation.creates() || response.status() / 100 != 2) {
            return;
        }
        String owner = sender == null ? "(a user the platform chose for a request without a valid token)"
                : sender.name();
        String id = operation == Operation.UPLOAD_DATASET ? response.json().path("id").asText("")
                : response.json().at("/metadata/id").asText("");
        if (!id.isEmpty()) {
            run.cleanup().created(switch (operation) {
                case UPLOAD_DATASET -> Cleanup.Kind.DATASET;
                case CREATE_ONLINE_JOB -> Cleanup.Kind.ONLINE_JOB;
                default -> Cleanup.Kind.TRAIN_JOB;
            }, id, owner);
        }
    }

    /** A small dataset file with the fields A.28 requires. */
    public static ApiRequest upload(ApiRequest request, String title) {
        byte[] file = ("T/AI 123.8 conformance check " + title + "\n").getBytes(StandardCharsets.UTF_8);
        return request.field("md5", md5(file)).field("title", title).field("size", String.valueOf(file.length))
                .file("file", title + ".txt", file);
    }

    public static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
