package org.aicnet.server.backend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The SPI's default submitJob: each task on its own, and a refusal stops the tasks already accepted. */
class SubmitJobTest {

    @TempDir
    Path data;

    /** Accepts tasks until the one whose command is "refuse"; records what it was asked. */
    private static final class Recording implements AcceleratorBackend {

        final List<String> submitted = new ArrayList<>();
        final List<String> stopped = new ArrayList<>();

        @Override
        public String submit(TaskLaunch launch) throws BackendException {
            if (launch.command().equals("refuse")) {
                throw new BackendException("no room for " + launch.taskId());
            }
            submitted.add(launch.taskId());
            return "handle-" + launch.taskId();
        }

        @Override
        public Map<String, TaskState> states(Collection<String> handles) {
            return Map.of();
        }

        @Override
        public void stop(String handle) {
            stopped.add(handle);
        }

        @Override
        public TaskState reattach(String handle) {
            return TaskState.of(TaskStatus.RUNNING);
        }

        @Override
        public List<NodeGroup> capacity() {
            return List.of();
        }
    }

    @Test
    void eachTaskIsSubmittedInOrder() throws Exception {
        Recording backend = new Recording();
        assertEquals(List.of("handle-task-0", "handle-task-1"), backend.submitJob(List.of(task(0, "train"),
                task(1, "train"))));
        assertEquals(List.of("task-0", "task-1"), backend.submitted);
    }

    @Test
    void aRefusedTaskStopsThoseAlreadyAcceptedAndIsThrown() {
        Recording backend = new Recording();
        BackendException refused = assertThrows(BackendException.class,
                () -> backend.submitJob(List.of(task(0, "train"), task(1, "train"), task(2, "refuse"))));
        assertEquals("no room for task-2", refused.getMessage());
        assertEquals(List.of("handle-task-0", "handle-task-1"), backend.stopped);
    }

    private TaskLaunch task(int index, String command) {
        return Launches.of(data, "j1", "task-" + index, index, 3, command, Launches.SMALL, List.of(), null);
    }
}
