package org.aicnet.server.health;

import org.aicnet.server.TestNetworks;
import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Readiness is DOWN, with a reason but no detail, when the store or one backend fails or does not answer. */
class ReadinessChecksTest {

    @TempDir
    Path directory;

    @Test
    void aClosedStoreAndAFailingAndAHangingBackendAreDownTheOthersUp() throws Exception {
        List<CenterConfig> centers = TestNetworks.load(directory).centers();
        Database database = Database.open(directory.resolve("data"));
        database.close();
        CountDownLatch never = new CountDownLatch(1);
        Map<String, AcceleratorBackend> backends = Map.of(
                TestNetworks.GPU_CENTER, backend(() -> {
                    throw new BackendException("sinfo: head node 10.0.0.7 unreachable");
                }),
                TestNetworks.NPU_CENTER, backend(() -> {
                    never.await();
                    return List.of();
                }),
                TestNetworks.OFFLINE_CENTER, backend(List::of));
        try (ReadinessChecks checks = new ReadinessChecks(database, backends::get, centers)) {
            Health health = checks.run();
            assertEquals(Check.DOWN, health.status());
            assertEquals(List.of(
                    new Check("store", Check.DOWN, null, "failed; see the server's log"),
                    new Check("backend:" + TestNetworks.GPU_CENTER, Check.DOWN, "simulated",
                            "failed; see the server's log"),
                    new Check("backend:" + TestNetworks.NPU_CENTER, Check.DOWN, "simulated",
                            "no answer within " + ReadinessChecks.TIMEOUT.toSeconds() + " s"),
                    new Check("backend:" + TestNetworks.OFFLINE_CENTER, Check.UP, "simulated", null)),
                    health.checks());
        } finally {
            never.countDown();
        }
    }

    private interface Capacity {
        List<NodeGroup> get() throws Exception;
    }

    private static AcceleratorBackend backend(Capacity capacity) {
        return new AcceleratorBackend() {
            @Override
            public String submit(TaskLaunch launch) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<String, TaskState> states(Collection<String> handles) {
                return Map.of();
            }

            @Override
            public void stop(String handle) {
            }

            @Override
            public TaskState reattach(String handle) {
                return TaskState.unknown();
            }

            @Override
            public List<NodeGroup> capacity() throws BackendException {
                try {
                    return capacity.get();
                } catch (BackendException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new BackendException(e.toString());
                }
            }
        };
    }
}
