package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.capacity.NodeSlot;

/**
 * One task of a job (A.44): its own state, the center of its job, and once placed the node and cards it holds there
 * and the backend's handle for it.
 */
public record Task(String jobId, String taskId, int taskIndex, JobStatus status, String centerId, NodeSlot slot,
                   String handle, Integer exitCode, String reason) {

    /** Task ids are unique within their job: task-0, task-1, ... one per node. */
    static String idOf(int taskIndex) {
        return "task-" + taskIndex;
    }

    public boolean submitted() {
        return handle != null;
    }

    /** Whether the task holds resources of a node: placed there and not finished. */
    public boolean holdsNode() {
        return slot != null && !status.finished();
    }

    Task with(JobStatus next, Integer code, String why) {
        return new Task(jobId, taskId, taskIndex, next, centerId, slot, handle, code, why);
    }

    Task placed(NodeSlot node, String backendHandle) {
        return new Task(jobId, taskId, taskIndex, status, centerId, node, backendHandle, exitCode, reason);
    }
}
