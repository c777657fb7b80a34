package org.aicnet.server.backend.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import org.aicnet.server.backend.TaskState;
import org.aicnet.server.backend.TaskStatus;

/** A pod's phase as a status of 6.3.4, with its container's exit code once it ended. */
final class PodPhases {

    private PodPhases() {
    }

    static TaskState stateOf(Pod pod) {
        String name = pod.getMetadata().getName();
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        if (phase == null) {
            return new TaskState(TaskStatus.PENDING, null, "pod " + name + " has no phase yet");
        }
        return switch (phase) {
            case "Pending" -> new TaskState(TaskStatus.PENDING, null, "pod " + name + " Pending" + why(pod));
            case "Running" -> new TaskState(TaskStatus.RUNNING, null, "pod " + name + " Running");
            case "Succeeded" -> new TaskState(TaskStatus.SUCCEEDED, exitCode(pod, 0), "pod " + name + " Succeeded");
            case "Failed" -> new TaskState(TaskStatus.FAILED, exitCode(pod, null),
                    "pod " + name + " Failed" + why(pod));
            default -> new TaskState(TaskStatus.UNKNOWN, null, "pod " + name + " in phase " + phase);
        };
    }

    private static Integer exitCode(Pod pod, Integer fallback) {
        ContainerStateTerminated terminated = terminated(pod);
        return terminated != null && terminated.getExitCode() != null ? terminated.getExitCode() : fallback;
    }

    private static ContainerStateTerminated terminated(Pod pod) {
        if (pod.getStatus().getContainerStatuses() == null) {
            return null;
        }
        for (ContainerStatus status : pod.getStatus().getContainerStatuses()) {
            if (status.getState() != null && status.getState().getTerminated() != null) {
                return status.getState().getTerminated();
            }
        }
        return null;
    }

    private static String why(Pod pod) {
        String reason = pod.getStatus().getReason();
        ContainerStateTerminated terminated = terminated(pod);
        if (reason == null && terminated != null) {
            reason = terminated.getReason();
        }
        return reason == null ? "" : " (" + reason + ")";
    }
}
