package org.aicnet.conformance.run;

import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.platform.Authenticator;
import org.aicnet.conformance.platform.PlatformClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stops and deletes every training job the checks created, after the checks, even after failures. What cannot be
 * undone through the standard's API (an online job, an uploaded dataset: annex A has no endpoint to remove them) is
 * listed for the vendor. Each note is reported on its own and never changes a check's verdict.
 */
final class CleanupRunner {

    private final RunContext context;
    private final PlatformClient client;
    private final TrainJobRemoval removal;

    CleanupRunner(RunContext context) {
        this.context = context;
        this.client = new PlatformClient(context.config(), exchange -> { }, stale -> context.ownerOfToken(stale)
                .flatMap(this::credentials).map(user -> context.renewToken(user.name(), stale, () -> logIn(user))));
        this.removal = new TrainJobRemoval(client, context.config().pollInterval());
    }

    List<String> run() {
        List<String> notes = new ArrayList<>();
        for (Cleanup.Created created : context.cleanup().all()) {
            try {
                notes.add(switch (created.kind()) {
                    case TRAIN_JOB -> removeTrainJob(created);
                    case ONLINE_JOB -> "online job " + created.id() + " of " + created.owner()
                            + " left running: " + Cleanup.NO_ONLINE_JOB_REMOVAL;
                    case DATASET -> "dataset " + created.id() + " of " + created.owner()
                            + " left in place: " + Cleanup.NO_DATASET_REMOVAL;
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
        return removal.remove(job.id(), token.get());
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
}
