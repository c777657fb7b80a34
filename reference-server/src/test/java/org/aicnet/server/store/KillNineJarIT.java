package org.aicnet.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.server.ServerProcess;
import org.aicnet.server.TestNetworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Durability under kill -9, on the server's jar: {@value #WRITERS} writers create training jobs, stop and delete some
 * and upload small datasets while the server is killed with SIGKILL at a random moment, {@value #ROUNDS} times, each
 * time restarted on the same data directory on a free port. After every restart every acknowledged job is there
 * (stopped ones STOPPED, deleted ones gone), every acknowledged dataset is listed with its file, no file lies without
 * its dataset, and no id was given out twice. The seed of the kill moments is printed; {@code -Daicnet.kill.seed=N}
 * repeats it. Runs in the package phase with the other jar tests.
 */
class KillNineJarIT {

    private static final int ROUNDS = 20;
    private static final int WRITERS = 5;
    /** The server is killed this long (plus up to {@link #KILL_SPREAD_MS}) after the writers started. */
    private static final int KILL_AFTER_MS = 150;
    private static final int KILL_SPREAD_MS = 1200;
    private static final int SIGKILLED = 128 + 9;
    private static final int PAGE_SIZE = 1000;

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
        long seed = Long.getLong("aicnet.kill.seed", System.nanoTime());
        System.out.println("KillNineJarIT seed " + seed + " (-Daicnet.kill.seed=" + seed + " repeats it)");
        Random random = new Random(seed);
        Path config = TestNetworks.write(directory, TestNetworks.yaml());
        Path data = directory.resolve("data");
        Acknowledged acknowledged = new Acknowledged();
        long loadNanos = 0;
        int created = 0;
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round <= ROUNDS; round++) {
                ServerProcess server = start(config, data);
                try {
                    Calls calls = Calls.logIn(server.awaitListening(), "alice", "alice-secret");
                    List<String> lost = acknowledged.lost(jobs(calls), datasetFiles(calls, data));
                    assertEquals(List.of(), lost, "after " + round + " kills (seed " + seed + ")");
                    if (round == ROUNDS) {
                        break;
                    }
                    List<Future<Integer>> running = new ArrayList<>();
                    for (int writer = 0; writer < WRITERS; writer++) {
                        running.add(writers.submit(new Writer(calls, acknowledged, "r" + round + "w" + writer,
                                random.nextLong())));
                    }
                    long started = System.nanoTime();
                    Thread.sleep(KILL_AFTER_MS + random.nextInt(KILL_SPREAD_MS));
                    assertEquals(SIGKILLED, server.kill(), "the server was killed by SIGKILL");
                    loadNanos += System.nanoTime() - started;
                    for (Future<Integer> writer : running) {
                        created += writer.get(30, TimeUnit.SECONDS);
                    }
                    acknowledged.killed();
                } finally {
                    server.kill();
                }
            }
        } finally {
            writers.shutdownNow();
        }
        assertEquals(List.of(), acknowledged.reusedIds(), "ids given out twice (seed " + seed + ")");
        System.out.printf("KillNineJarIT: %d kills, acknowledged %d job creations (%.0f per second of load), %d stops,"
                        + " %d deletions, %d uploads; %d changes under way at a kill left unchecked; lost 0%n",
                ROUNDS, created, created / (loadNanos / 1e9), acknowledged.stopCount(), acknowledged.deleteCount(),
                acknowledged.datasetCount(), acknowledged.uncertainCount());
        assertTrue(created > ROUNDS, "the writers wrote while the server ran: " + created + " jobs");
    }

    private static ServerProcess start(Path config, Path data) throws IOException {
        return ServerProcess.start(List.of("-jar", ServerProcess.jar().toString(), "--config", config.toString(),
                "--host", "127.0.0.1", "--port", "0", "--data-dir", data.toString()));
    }

    /** Every job of the caller, id to status, read page by page. */
    private static Map<String, String> jobs(Calls calls) throws IOException, InterruptedException {
        Map<String, String> statuses = new HashMap<>();
        for (int page = 1; ; page++) {
            JsonNode list = Calls.json(calls.get("/trainjob?pageSize=" + PAGE_SIZE + "&page=" + page), 200);
            list.get("items").forEach(job -> statuses.put(job.at("/metadata/id").asText(),
                    job.get("status").asText()));
            if (list.get("items").size() < PAGE_SIZE) {
                return statuses;
            }
        }
    }

    /**
     * Every dataset the caller uploaded, id to the MD5 of its file; fails when a listed upload has no file or a file
     * of the data directory no listed upload.
     */
    private static Map<String, String> datasetFiles(Calls calls, Path data) throws IOException, InterruptedException {
        Map<String, String> files = new HashMap<>();
        for (int page = 1; ; page++) {
            JsonNode list = Calls.json(calls.get("/datasets?pageSize=" + PAGE_SIZE + "&page=" + page), 200);
            for (JsonNode dataset : list.get("datasets")) {
                if (dataset.get("owner").asText().equals("alice")) {
                    Path file = data.resolve("datasets").resolve(dataset.get("id").asText());
                    assertTrue(Files.isRegularFile(file), "dataset " + dataset + " has no file");
                    files.put(dataset.get("id").asText(), Writer.md5(Files.readAllBytes(file)));
                }
            }
            if (list.get("datasets").size() < PAGE_SIZE) {
                break;
            }
        }
        try (Stream<Path> stored = Files.list(data.resolve("datasets"))) {
            List<String> orphans = stored.map(file -> file.getFileName().toString())
                    .filter(name -> !files.containsKey(name)).toList();
            assertEquals(List.of(), orphans, "files of no dataset");
        }
        return files;
    }
}
