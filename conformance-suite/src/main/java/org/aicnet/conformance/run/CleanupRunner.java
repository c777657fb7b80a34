package org.aicnet.conformance.run;

import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Authenticator;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.conformance.platform.Standard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stops and deletes every training job the checks created, after the checks, even after failures. What cannot be
 * undone through the standard's API (an online job, an uploaded dataset: annex A has no endpoint to remove them) is
 * listed for the vendor. Each note is reported on its own and never changes a check's verdict.
 */
final class CleanupRunner {

    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final RunContext context;
    private final PlatformClient client;

    CleanupRunner(RunContext context) {
        this.context = context;
        this.client = new PlatformClient(context.config(), exchange -> { }, stale -> context.ownerOfToken(stale)
                .flatMap(this::credentials).map(user -> context.renewToken(user.name(), stale, () -> logIn(user))));
    }

    List<String> run() {
        List<String> notes = new ArrayList<>();
        for (Cleanup.Created created : context.cleanup().all()) {
            try {
                notes.add(switch (created.kind()) {
                    case TRAIN_JOB -> removeTrainJob(created);
                    case ONLINE_JOB -> "online job " + created.id() + " of " + created.owner()
                            + " left running: annex A has no endpoint to stop or delete an online job";
                    case DATASET -> "dataset " + created.id() + " of " + created.owner()
                            + " left in place: annex A has no endpoint to delete a dataset";
                });
            } catch (RuntimeException | AssertionError e) {
                notes.add("could not clean up " + created.kind() + " " + created.id() + ": " + e.getMessage());
            }
        }
        return notes;
    }

    private String removeTrainJob(Cleanup.Created job) {
        Optional<String> token = tokenOf(job.owner());
        if (token.isEmpty()) {
            return "training job " + job.id() + " left in place: no credentials for its owner " + job.owner();
        }
        String status = status(job.id(), token.get());
        if (status == null) {
            return "training job " + job.id() + " already gone";
        }
        boolean waited = false;
        if (Standard.STOPPABLE_STATES.contains(status)) {
            ApiResponse stopped = client.post(Standard.TRAIN_JOB_STOP).pathParam("id", job.id()).token(token.get())
                    .send();
            // the detail is waited for only after a stop accepted without STOPPED (a stop that takes time); a stop
            // answered STOPPED (A.51), or refused, is followed by the delete at once
            if (stopped.status() / 100 == 2 && !"STOPPED".equals(statusOf(stopped))) {
                waitUntilStopped(job.id(), token.get(), status);
                waited = true;
            }
        }
        ApiResponse deleted = client.delete(Standard.TRAIN_JOB).pathParam("id", job.id()).token(token.get()).send();
        if (deleted.status() / 100 != 2 && !waited && Standard.STOPPABLE_STATES.contains(status)) {
            waitUntilStopped(job.id(), token.get(), status(job.id(), token.get()));
            deleted = client.delete(Standard.TRAIN_JOB).pathParam("id", job.id()).token(token.get()).send();
        }
        return deleted.status() / 100 == 2 ? "training job " + job.id() + " stopped and deleted"
                : "training job " + job.id() + " could not be deleted: HTTP " + deleted.status() + " "
                  + deleted.text();
    }

    private void waitUntilStopped(String jobId, String token, String status) {
        Instant deadline = Instant.now().plus(STOP_WAIT);
        while (status != null && Standard.STOPPABLE_STATES.contains(status) && Instant.now().isBefore(deadline)) {
            sleep(context.config().pollInterval());
            status = status(jobId, token);
        }
    }

    private String status(String jobId, String token) {
        ApiResponse detail = client.get(Standard.TRAIN_JOB).pathParam("id", jobId).token(token).send();
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

    private Optional<String> tokenOf(String owner) {
        String cached = context.tokens().get(owner);
        if (cached != null) {
            return Optional.of(cached);
        }
        return credentials(owner).map(this::logIn);
    }

    private Optional<Credentials> credentials(String owner) {
        return List.of(Optional.of(context.config().primaryUser()), context.config().secondUser()).stream()
                .flatMap(Optional::stream).filter(user -> user.name().equals(owner)).findFirst();
    }

    private String logIn(Credentials user) {
        return new Authenticator(client, (topic, choice) -> { }).token(user);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KitError("interrupted while waiting for a job to stop");
        }
    }
}
