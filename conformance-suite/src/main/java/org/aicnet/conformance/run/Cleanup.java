package org.aicnet.conformance.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the checks created on the platform, recorded the moment the platform answers with an id, so that the runner
 * can stop and delete it at the end of the run, even after failures.
 */
public final class Cleanup {

    /** Something created on the platform: a training job, an online job or a dataset, with the user who owns it. */
    public record Created(Kind kind, String id, String owner) {
    }

    public enum Kind { TRAIN_JOB, ONLINE_JOB, DATASET }

    /** Why the suite leaves an online job: annex A has POST /onlineJob only. */
    public static final String NO_ONLINE_JOB_REMOVAL = "annex A has no endpoint to stop or delete an online job";
    /** Why the suite leaves a dataset: annex A lists and uploads datasets, it does not delete them. */
    public static final String NO_DATASET_REMOVAL = "annex A has no endpoint to delete a dataset";

    /**
     * The start of every name the suite gives what a run creates (jobs, datasets): the run id in the characters a
     * job name allows (A.31: [A-Za-z0-9_-]), then '-'.
     */
    public static String namePrefix(String runId) {
        return runId.replaceAll("[^A-Za-z0-9_-]", "-") + "-";
    }

    private final List<Created> created = Collections.synchronizedList(new ArrayList<>());

    public void created(Kind kind, String id, String owner) {
        created.add(new Created(kind, id, owner));
    }

    public List<Created> all() {
        synchronized (created) {
            return List.copyOf(created);
        }
    }
}
