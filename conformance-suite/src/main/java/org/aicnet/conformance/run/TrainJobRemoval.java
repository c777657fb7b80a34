package org.aicnet.conformance.run;

import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.conformance.platform.Standard;
import org.aicnet.schemas.standard.ApiPaths;

import java.time.Duration;
import java.time.Instant;

/**
 * Removes one training job of a user: stops it if it is still PENDING or RUNNING (A.49-A.51), waits until it has
 * stopped where the stop takes time, and deletes it (A.52-A.53). Returns one note of what it did.
 */
public final class TrainJobRemoval {

    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final PlatformClient client;
    private final Duration pollInterval;

    public TrainJobRemoval(PlatformClient client, Duration pollInterval) {
        this.client = client;
        this.pollInterval = pollInterval;
    }

    public String remove(String jobId, String token) {
        String status = status(jobId, token);
        if (status == null) {
            return "training job " + jobId + " already gone";
        }
        boolean waited = false;
        if (Standard.STOPPABLE_STATES.contains(status)) {
            ApiResponse stopped = client.post(ApiPaths.TRAIN_JOB_STOP).pathParam("id", jobId).token(token).send();
            // the detail is waited for only after a stop accepted without STOPPED (a stop that takes time); a stop
            // answered STOPPED (A.51), or refused, is followed by the delete at once
            if (stopped.status() / 100 == 2 && !"STOPPED".equals(statusOf(stopped))) {
                waitUntilStopped(jobId, token, status);
                waited = true;
            }
        }
        ApiResponse deleted = client.delete(ApiPaths.TRAIN_JOB).pathParam("id", jobId).token(token).send();
        if (deleted.status() / 100 != 2 && !waited && Standard.STOPPABLE_STATES.contains(status)) {
            waitUntilStopped(jobId, token, status(jobId, token));
            deleted = client.delete(ApiPaths.TRAIN_JOB).pathParam("id", jobId).token(token).send();
        }
        return deleted.status() / 100 == 2 ? "training job " + jobId + " stopped and deleted"
                : "training job " + jobId + " could not be deleted: HTTP " + deleted.status() + " " + deleted.text();
    }

    private void waitUntilStopped(String jobId, String token, String status) {
        Instant deadline = Instant.now().plus(STOP_WAIT);
        while (status != null && Standard.STOPPABLE_STATES.contains(status) && Instant.now().isBefore(deadline)) {
            Pause.of(pollInterval, "for a job to stop");
            status = status(jobId, token);
        }
    }

    private String status(String jobId, String token) {
        ApiResponse detail = client.get(ApiPaths.TRAIN_JOB).pathParam("id", jobId).token(token).send();
        if (detail.status() / 100 != 2) {
            return null;
        }
        return detail.json().path("status").asText(null);
    }

    /** The status of a stop's answer, or null where it has none or is no JSON. */
    private static String statusOf(ApiResponse response) {
        try {
            return response.json().path("status").asText(null);
        } catch (AssertionError notJson) {
            return null;
        }
    }

}
