package org.aicnet.server.replicas;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.server.Main;
import org.aicnet.server.ServerProcess;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 16 point 2: two replicas, each a process of its own, on one PostgreSQL schema and one data directory. Jobs
 * are created on both, with the token one replica issued; once some run, the replica that holds the scheduler lease
 * is killed with SIGKILL, and the other takes the lease over and brings every job to SUCCEEDED.
 */
class ReplicaKillTest {

    private static final String LEASE_TAKEN = "holds the scheduler lease";
    /** Twelve jobs of 4 cards on the GPU center's two 8-card nodes: four run at a time, the others wait. */
    private static final int JOBS = 12;
    private static final String COMMAND = "echo started; sleep 3; echo done";
    private static final long DEADLINE_MS = 60_000;

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theJobsFinishWhenTheReplicaThatSchedulesIsKilled() throws Exception {
        Path config = TestNetworks.write(directory, TestNetworks.yaml() + TestPostgres.storeYaml());
        Path data = directory.resolve("data");
        try (ServerProcess holder = start(config, data)) {
            String holderUrl = holder.awaitListening();
            awaitLine(holder, LEASE_TAKEN);
            try (ServerProcess other = start(config, data)) {
                String otherUrl = other.awaitListening();
                String token = ServerProcess.okJson(ServerProcess.post(holderUrl + "/auth/tokens", null,
                        Map.of("authMethod", List.of("password"),
                                "user", Map.of("name", "alice", "password", "alice-secret")))).get("token").asText();
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < JOBS; i++) {
                    String url = i % 2 == 0 ? holderUrl : otherUrl;
                    ids.add(ServerProcess.okJson(ServerProcess.post(url + "/trainjob", token,
                            Map.of("jobName", "kill-" + i, "config", Map.of("specId", TestNetworks.GPU_4,
                                    "imageId", TestNetworks.TORCH, "command", COMMAND))))
                            .at("/metadata/id").asText());
                }
                await(otherUrl, token, ids, statuses -> statuses.containsValue("RUNNING")
                        && statuses.containsValue("PENDING"), "some jobs run, some wait");
                assertEquals(137, holder.kill(), "the lease holder was killed by SIGKILL");
                long killed = System.currentTimeMillis();
                awaitLine(other, LEASE_TAKEN);
                System.out.printf("ReplicaKillTest: the other replica took the lease %d ms after the kill%n",
                        System.currentTimeMillis() - killed);
                Map<String, String> finished = await(otherUrl, token, ids,
                        statuses -> statuses.values().stream().allMatch(status -> !status.equals("PENDING")
                                && !status.equals("RUNNING")), "every job ends");
                assertEquals(JOBS, finished.values().stream().filter("SUCCEEDED"::equals).count(),
                        "every job succeeded on the replica that took over: " + finished);
            }
        }
    }

    private static ServerProcess start(Path config, Path data) throws IOException {
        return ServerProcess.start(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--config", config.toString(), "--host", "127.0.0.1", "--port", "0", "--data-dir", data.toString()));
    }

    private interface Condition {
        boolean holds(Map<String, String> statuses);
    }

    private static Map<String, String> await(String url, String token, List<String> ids, Condition condition,
                                             String what) throws Exception {
        long deadline = System.currentTimeMillis() + DEADLINE_MS;
        Map<String, String> statuses = statuses(url, token, ids);
        while (!condition.holds(statuses)) {
            if (System.currentTimeMillis() > deadline) {
                fail("not so after " + DEADLINE_MS + " ms: " + what + "; " + statuses);
            }
            Thread.sleep(100);
            statuses = statuses(url, token, ids);
        }
        return statuses;
    }

    private static Map<String, String> statuses(String url, String token, List<String> ids) throws Exception {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String id : ids) {
            JsonNode job = ServerProcess.okJson(ServerProcess.get(url + "/trainjob/" + id, token));
            statuses.put(id, job.get("status").asText());
        }
        return statuses;
    }

    private static void awaitLine(ServerProcess server, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + DEADLINE_MS;
        while (server.output().stream().noneMatch(line -> line.contains(text))) {
            if (System.currentTimeMillis() > deadline) {
                fail("no line '" + text + "' after " + DEADLINE_MS + " ms:\n" + String.join("\n", server.output()));
            }
            Thread.sleep(50);
        }
    }
}
