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
