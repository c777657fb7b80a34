package org.aicnet.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the server acknowledged to the kill -9 test's writers: the jobs it created, stopped and deleted, the datasets
 * it stored. A stop or delete under way when the server was killed leaves its job uncertain: either outcome is right,
 * so such a job is not checked afterwards. Thread-safe.
 */
final class Acknowledged {

    /** What became of an acknowledged job. */
    enum Fate { CREATED, STOPPED, DELETED }

    private final Map<String, Fate> jobs = new ConcurrentHashMap<>();
    private final Set<String> underWay = ConcurrentHashMap.newKeySet();
    private final Set<String> uncertain = ConcurrentHashMap.newKeySet();
    private final Map<String, String> datasets = new ConcurrentHashMap<>();
    private final List<String> reusedIds = new ArrayList<>();
    private final AtomicInteger stops = new AtomicInteger();
    private final AtomicInteger deletes = new AtomicInteger();

    void created(String jobId) {
        if (jobs.putIfAbsent(jobId, Fate.CREATED) != null) {
            synchronized (reusedIds) {
                reusedIds.add(jobId);
            }
        }
    }

    /** A stop or delete of the job is sent; until its answer, the job's fate is not known. */
    void changing(String jobId) {
        underWay.add(jobId);
    }

    /** The server answered the change {@code fate}, or refused it (null). */
    void changed(String jobId, Fate fate) {
        if (fate == Fate.STOPPED) {
            stops.incrementAndGet();
        } else if (fate == Fate.DELETED) {
            deletes.incrementAndGet();
        }
        if (fate != null) {
            jobs.put(jobId, fate);
        }
        underWay.remove(jobId);
    }

    void uploaded(String datasetId, String md5) {
        datasets.put(datasetId, md5);
    }

    /** After a kill: the changes under way stay uncertain for good. */
    void killed() {
        uncertain.addAll(underWay);
        underWay.clear();
    }

    /** Ids that a create answered twice; a server gives none out again, even after a restart. */
    List<String> reusedIds() {
        synchronized (reusedIds) {
            return List.copyOf(reusedIds);
        }
    }

    /**
     * What the server lost, given its jobs (id to status) and its datasets (id to the MD5 of the file it holds, null
     * for no file): one line per acknowledged write it no longer shows.
     */
    List<String> lost(Map<String, String> jobStatuses, Map<String, String> datasetFiles) {
        List<String> lost = new ArrayList<>();
        jobs.forEach((id, fate) -> {
            if (uncertain.contains(id)) {
                return;
            }
            String status = jobStatuses.get(id);
            switch (fate) {
                case CREATED -> expect(lost, status != null, id + " was created and is gone");
                case STOPPED -> expect(lost, "STOPPED".equals(status), id + " was stopped and is " + status);
                case DELETED -> expect(lost, status == null, id + " was deleted and is back, " + status);
                default -> throw new IllegalStateException(fate.name());
            }
        });
        datasets.forEach((id, md5) -> {
            expect(lost, datasetFiles.containsKey(id), "dataset " + id + " was uploaded and is gone");
            expect(lost, !datasetFiles.containsKey(id) || md5.equals(datasetFiles.get(id)),
                    "dataset " + id + " has a file of MD5 " + datasetFiles.get(id) + " instead of " + md5);
        });
        return lost;
    }

    int jobCount() {
        return jobs.size();
    }

    int stopCount() {
        return stops.get();
    }

    int deleteCount() {
        return deletes.get();
    }

    int datasetCount() {
        return datasets.size();
    }

    int uncertainCount() {
        return uncertain.size();
    }

    private static void expect(List<String> lost, boolean condition, String otherwise) {
        if (!condition) {
            lost.add(otherwise);
        }
    }
}
