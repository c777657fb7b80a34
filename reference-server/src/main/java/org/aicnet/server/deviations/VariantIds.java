package org.aicnet.server.deviations;

import org.aicnet.server.jobs.JobIds;
import org.aicnet.server.jobs.JobKind;

import java.util.Set;
import java.util.UUID;

/** The job and task ids of {@link Variant#UUID_JOB_IDS} and {@link Variant#TASK_IDS_OF_ANOTHER_SHAPE}. */
final class VariantIds implements JobIds {

    private final boolean uuidJobs;
    private final boolean workerTasks;

    private VariantIds(boolean uuidJobs, boolean workerTasks) {
        this.uuidJobs = uuidJobs;
        this.workerTasks = workerTasks;
    }

    static JobIds of(Set<Variant> active) {
        boolean uuidJobs = active.contains(Variant.UUID_JOB_IDS);
        boolean workerTasks = active.contains(Variant.TASK_IDS_OF_ANOTHER_SHAPE);
        return uuidJobs || workerTasks ? new VariantIds(uuidJobs, workerTasks) : JobIds.STANDARD;
    }

    @Override
    public String job(JobKind kind, long sequence) {
        return uuidJobs ? UUID.randomUUID().toString().replace("-", "") : JobIds.STANDARD.job(kind, sequence);
    }

    @Override
    public String task(int index) {
        return workerTasks ? "worker-" + (index + 1) : JobIds.STANDARD.task(index);
    }
}
