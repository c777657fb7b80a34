package org.aicnet.conformance.cleanup;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.lists.AnnexList;
import org.aicnet.conformance.lists.AnnexLists;
import org.aicnet.conformance.lists.ListWalker;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.conformance.run.Cleanup;
import org.aicnet.conformance.run.TrainJobRemoval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code aicnet-conformance cleanup --run-id ID}: removes what an earlier run left on the platform, found by the
 * prefix the suite gives every name it creates ({@link Cleanup#namePrefix}): each training job of the configured
 * users is stopped and deleted; the datasets are listed, since annex A cannot delete them; online jobs cannot even
 * be listed through annex A, which the notes say.
 */
public final class PastRunCleanup {

    private static final int PAGE_SIZE = 50;

    private final PlatformClient client;
    private final TrainJobRemoval removal;
    private final Map<String, String> tokens;

    /** {@code tokens}: the configured users' tokens, by user name. */
    public PastRunCleanup(SuiteConfig config, Map<String, String> tokens) {
        this.client = new PlatformClient(config, exchange -> { });
        this.removal = new TrainJobRemoval(client, config.pollInterval());
        this.tokens = tokens;
    }

    /** Removes what the run left; one note per thing found, and what annex A gives no way to remove. */
    public List<String> run(String runId) {
        String prefix = Cleanup.namePrefix(runId);
        List<String> notes = new ArrayList<>();
        tokens.forEach((user, token) -> {
            ListWalker walker = ListWalker.forDiscovery(client, token);
            List<JsonNode> jobs = named(walker, AnnexLists.TRAINING_JOBS, "/metadata/name", prefix);
            List<JsonNode> datasets = named(walker, AnnexLists.DATASETS, "/title", prefix);
            for (JsonNode job : jobs) {
                String id = AnnexLists.TRAINING_JOBS.id(job);
                try {
                    notes.add(removal.remove(id, token) + " (" + job.at("/metadata/name").asText() + ", of " + user
                            + ")");
                } catch (RuntimeException | AssertionError e) {
                    notes.add("could not clean up training job " + id + " of " + user + ": " + e.getMessage());
                }
            }
            for (JsonNode dataset : datasets) {
                notes.add("dataset " + AnnexLists.DATASETS.id(dataset) + " (" + dataset.at("/title").asText() + ", of "
                        + user + ") left in place: " + Cleanup.NO_DATASET_REMOVAL);
            }
            if (jobs.isEmpty() && datasets.isEmpty()) {
                notes.add("no training job or dataset of " + user + " has a name starting with " + prefix);
            }
        });
        notes.add("online jobs named " + prefix + "… cannot be found or removed by the kit: annex A has no endpoint to "
                + "list, stop or delete an online job; remove them on the platform");
        return notes;
    }

    private static List<JsonNode> named(ListWalker walker, AnnexList list, String namePointer, String prefix) {
        return walker.walk(list, Map.of(), PAGE_SIZE).items().stream()
                .filter(item -> item.at(namePointer).asText("").startsWith(prefix)).toList();
    }
}
