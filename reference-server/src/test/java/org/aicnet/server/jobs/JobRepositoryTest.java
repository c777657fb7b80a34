package org.aicnet.server.jobs;

import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.config.CpuConfig;
import org.aicnet.server.config.MemoryConfig;
import org.aicnet.server.config.ProcessorConfig;
import org.aicnet.server.config.SpecConfig;
import org.aicnet.server.http.ListQuery;
import org.aicnet.server.http.Page;
import org.aicnet.server.http.TimeRange;
import org.aicnet.server.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job store: names per user and kind, and list queries answered by indexes. */
class JobRepositoryTest {

    static final SpecConfig SPEC = new SpecConfig("gpu-1", "1 x V100", new CpuConfig("X86", 4),
            new MemoryConfig(16, "GiB"), new ProcessorConfig("GPU", 1, "Nvidia/GPU/V100", 32));
    static final LocalDateTime T0 = LocalDateTime.of(2024, 5, 1, 12, 0, 0);

    @TempDir
    java.nio.file.Path data;
    private Database database;
    private JobRepository jobs;

    @BeforeEach
    void open() {
        database = Database.open(data);
        jobs = new JobRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private java.util.Optional<Job> insert(JobKind kind, String user, String name) {
        JobRepository.Stored stored = jobs.insert(List.of(new NewJob(kind, user, name, "", SPEC, 2, "img", null,
                "sleep 1", List.of("c1"), null, T0)), (job, waitingIn) -> "c1").onDisk().get(0);
        return java.util.Optional.ofNullable(stored.id()).flatMap(jobs::find);
    }

    @Test
    void aNewJobIsPendingWithOnePendingTaskPerNodeInItsCenter() {
        Job job = insert(JobKind.TRAINING, "u1", "a").orElseThrow();
        assertEquals("job-0000000001", job.id());
        assertEquals(JobStatus.PENDING, job.status());
        assertEquals(SPEC, job.spec());
        assertEquals(List.of(new Task(job.id(), "task-0", 0, JobStatus.PENDING, "c1", null, null, null, null),
                        new Task(job.id(), "task-1", 1, JobStatus.PENDING, "c1", null, null, null, null)),
                jobs.tasks(job.id()));
        String online = insert(JobKind.ONLINE, "u1", "b").orElseThrow().id();
        assertTrue(online.matches("svc-[a-z2-7]{26}"), online + ": an online job's id is 128 random bits");
    }

    @Test
    void aNameIsUniquePerUserAndKindAmongJobsNotDeleted() {
        Job first = insert(JobKind.TRAINING, "u1", "a").orElseThrow();
        assertTrue(insert(JobKind.TRAINING, "u1", "a").isEmpty());
        assertTrue(insert(JobKind.ONLINE, "u1", "a").isPresent());
        assertTrue(insert(JobKind.TRAINING, "u2", "a").isPresent());
        jobs.delete(first.id());
        assertTrue(jobs.find(first.id()).isEmpty());
        assertEquals(List.of(), jobs.tasks(first.id()));
        assertTrue(insert(JobKind.TRAINING, "u1", "a").isPresent());
    }

    @Test
    void findOwnedSeesOnlyTheOwnersJob() {
        Job job = insert(JobKind.TRAINING, "u1", "a").orElseThrow();
        assertEquals(job, jobs.findOwned("u1", job.id()).orElseThrow());
        assertTrue(jobs.findOwned("u2", job.id()).isEmpty());
    }

    @Test
    void listsPageCountAndFilterInTheDatabase() {
        for (int i = 0; i < 7; i++) {
            insert(JobKind.TRAINING, "u1", "job" + i);
        }
        insert(JobKind.TRAINING, "u2", "other");
        insert(JobKind.ONLINE, "u1", "service");
        jobs.updateStatus("job-0000000003", JobStatus.FAILED, null);
        JobFilter none = new JobFilter("u1", JobKind.TRAINING, null, null, null, new TimeRange(null, null));

        Page<Job> page = jobs.list(none, new ListQuery(2, 3, "id", true));
        assertEquals(7, page.totalSize());
        assertEquals(List.of("job-0000000004", "job-0000000003", "job-0000000002"), ids(page));
        assertEquals(List.of(), ids(jobs.list(none, new ListQuery(4, 3, "id", true))));
        assertEquals(List.of("job-0000000003"), ids(jobs.list(
                new JobFilter("u1", JobKind.TRAINING, null, null, JobStatus.FAILED, null),
                new ListQuery(1, 50, "id", true))));
        assertEquals(7, jobs.list(new JobFilter("u1", JobKind.TRAINING, "c1", "GPU", null,
                new TimeRange(T0, T0)), new ListQuery(1, 50, "name", false)).totalSize());
        assertEquals(0, jobs.list(new JobFilter("u1", JobKind.TRAINING, "c2", null, null, null),
                new ListQuery(1, 50, "id", false)).totalSize());
        assertEquals(0, jobs.list(new JobFilter("u1", JobKind.TRAINING, null, "NPU", null, null),
                new ListQuery(1, 50, "id", false)).totalSize());
        assertEquals(0, jobs.list(new JobFilter("u1", JobKind.TRAINING, null, null, null,
                new TimeRange(T0.plusSeconds(1), null)), new ListQuery(1, 50, "id", false)).totalSize());
        assertEquals(0, jobs.list(new JobFilter("u1", JobKind.TRAINING, null, null, null,
                new TimeRange(null, T0.minusSeconds(1))), new ListQuery(1, 50, "id", false)).totalSize());
        assertEquals(List.of("job-0000000001", "job-0000000002"), ids(jobs.list(none,
                new ListQuery(1, 2, "createTime", false))));
        assertEquals(List.of("job-0000000003", "job-0000000001"), ids(jobs.list(none,
                new ListQuery(1, 2, "status", false))));
    }

    /** A page in the second half is read from the end of the list, turned round: the same rows as from the start. */
    @Test
    void aPageFromTheEndIsThatPageOfTheWholeList() {
        for (int i = 0; i < 11; i++) {
            insert(JobKind.TRAINING, "u1", "n" + (i * 7 % 11));
        }
        jobs.updateStatus("job-0000000004", JobStatus.FAILED, null);
        jobs.updateStatus("job-0000000008", JobStatus.FAILED, null);
        JobFilter none = new JobFilter("u1", JobKind.TRAINING, null, null, null, new TimeRange(null, null));
        for (String sort : List.of("id", "name", "status", "createTime")) {
            for (boolean descending : List.of(true, false)) {
                List<String> whole = ids(jobs.list(none, new ListQuery(1, 50, sort,
                        descending)));
                assertEquals(11, whole.size());
                for (int page = 1; page <= 5; page++) {
                    int from = Math.min((page - 1) * 3, 11);
                    assertEquals(whole.subList(from, Math.min(from + 3, 11)), ids(jobs.list(none,
                            new ListQuery(page, 3, sort, descending))), sort + " " + descending + " " + page);
                }
            }
        }
    }

    /** The total of a list is kept only until a job is created, changes state or is deleted. */
    @Test
    void aKeptTotalFollowsEveryChange() {
        JobFilter none = new JobFilter("u1", JobKind.TRAINING, null, null, null, new TimeRange(null, null));
        JobFilter failed = new JobFilter("u1", JobKind.TRAINING, null, null, JobStatus.FAILED,
                new TimeRange(null, null));
        ListQuery query = new ListQuery(1, 50, "id", true);
        Job first = insert(JobKind.TRAINING, "u1", "a").orElseThrow();
        assertEquals(1, jobs.list(none, query).totalSize());
        assertEquals(0, jobs.list(failed, query).totalSize());
        insert(JobKind.TRAINING, "u1", "b");
        assertEquals(2, jobs.list(none, query).totalSize());
        jobs.updateStatus(first.id(), JobStatus.FAILED, null);
        assertEquals(1, jobs.list(failed, query).totalSize());
        jobs.delete(first.id());
        assertEquals(0, jobs.list(failed, query).totalSize());
        assertEquals(1, jobs.list(none, query).totalSize());
    }

    /**
     * Designed for 100,000 jobs per user: every sort, in both directions, alone or with a filter, is answered by
     * walking an index in order from the caller's first row (EXPLAIN says "index sorted"), so a page costs its rows
     * and its offset, never a sort of all the user's jobs. (Measured by hand with 100,000 jobs: under a second per
     * page far down the list.)
     */
    @Test
    void everyListQueryWalksAnIndexInOrder() throws Exception {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO jobs (seq, id, kind, user_id, name, description, status, create_time, "
                    + "spec_id, spec_json, processor_type, node_count, candidate_centers, center_id, placed) "
                    + "SELECT X, 'job-' || LPAD(X, 10, '0'), 'TRAINING', CASE WHEN X <= 3000 THEN 'u1' ELSE 'u2' END,"
                    + " 'n' || LPAD(MOD(X * 7919, 10007), 5, '0') || '-' || X, '',"
                    + " CASE MOD(X, 3) WHEN 0 THEN 'SUCCEEDED' WHEN 1 THEN 'FAILED' ELSE 'STOPPED' END,"
                    + " DATEADD(SECOND, X / 10, TIMESTAMP '2024-01-01 00:00:00'), 'gpu-1', '"
                    + org.aicnet.server.http.Json.MAPPER.writeValueAsString(SPEC) + "', 'GPU', 1, '[\"c1\"]', 'c1',"
                    + " TRUE FROM SYSTEM_RANGE(1, 4000)");
            statement.execute("UPDATE job_counter SET last_seq = 4000 WHERE id = 1");
        }
        JobFilter none = new JobFilter("u1", JobKind.TRAINING, null, null, null, new TimeRange(null, null));
        JobFilter failed = new JobFilter("u1", JobKind.TRAINING, null, null, JobStatus.FAILED,
                new TimeRange(null, null));
        for (String sort : List.of("id", "name", "status", "createTime")) {
            for (boolean descending : List.of(true, false)) {
                ListQuery query = new ListQuery(40, 50, sort, descending);
                for (JobFilter filter : List.of(none, failed)) {
                    String plan = jobs.explainList("u1", JobKind.TRAINING, filter, query);
                    assertTrue(plan.contains("index sorted"), sort + (descending ? " desc" : " asc") + ": " + plan);
                }
                Page<Job> page = jobs.list(none, query);
                assertEquals(3000, page.totalSize());
                assertEquals(50, page.items().size());
            }
        }
        List<Job> first = jobs.list(none, new ListQuery(1, 3, "createTime", true)).items();
        assertEquals(List.of("job-0000003000", "job-0000002999", "job-0000002998"),
                first.stream().map(Job::id).toList());
    }

    /**
     * A list longer than what is read with OFFSET is read from the cursors of its query: every page of every sort, in
     * both directions, alone and with filters, holds the jobs an OFFSET into the whole ordered list would, also where
     * jobs of one status or one create time run across cursors, and again after a change of the jobs.
     */
    @Test
    void pagesReadFromCursorsAreThoseOfTheWholeOrderedList() throws Exception {
        List<String[]> rows = new java.util.ArrayList<>();
        String[] statuses = {"SUCCEEDED", "FAILED", "PENDING", "STOPPED"};
        try (Connection connection = database.connection(); java.sql.PreparedStatement insert =
                connection.prepareStatement("INSERT INTO jobs (seq, id, kind, user_id, name, description, status, "
                        + "create_time, spec_id, spec_json, processor_type, node_count, candidate_centers, center_id, "
                        + "placed) VALUES (?, ?, 'TRAINING', 'u1', ?, '', ?, ?, 'gpu-1', ?, 'GPU', 1, '[\"c1\"]', ?, "
                        + "TRUE)")) {
            for (int x = 1; x <= 2345; x++) {
                String[] row = {String.format("job-%010d", x), String.format("n%05d-%d", x * 7919 % 10007, x),
                        statuses[(x / 137 + x % 2) % statuses.length],
                        T0.plusSeconds(x / 7).format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME), x % 3 == 0 ? "c2" : "c1"};
                rows.add(row);
                insert.setLong(1, x);
                insert.setString(2, row[0]);
                insert.setString(3, row[1]);
                insert.setString(4, row[2]);
                insert.setObject(5, LocalDateTime.parse(row[3]));
                insert.setString(6, org.aicnet.server.http.Json.MAPPER.writeValueAsString(SPEC));
                insert.setString(7, row[4]);
                insert.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("UPDATE job_counter SET last_seq = 2345 WHERE id = 1");
            }
        }
        TimeRange all = new TimeRange(null, null);
        TimeRange some = new TimeRange(T0.plusSeconds(20), T0.plusSeconds(300));
        List<JobFilter> filters = List.of(new JobFilter("u1", JobKind.TRAINING, null, null, null, all),
                new JobFilter("u1", JobKind.TRAINING, "c1", null, null, all),
                new JobFilter("u1", JobKind.TRAINING, null, null, null, some),
                new JobFilter("u1", JobKind.TRAINING, null, null, JobStatus.PENDING, all));
        java.util.Map<String, Integer> columns = java.util.Map.of("id", 0, "name", 1, "status", 2, "createTime", 3);
        for (JobFilter filter : filters) {
            List<String[]> matching = rows.stream()
                    .filter(row -> filter.centerId() == null || row[4].equals(filter.centerId()))
                    .filter(row -> filter.status() == null || row[2].equals(filter.status().name()))
                    .filter(row -> filter.created().after() == null
                            || !LocalDateTime.parse(row[3]).isBefore(filter.created().after()))
                    .filter(row -> filter.created().before() == null
                            || !LocalDateTime.parse(row[3]).isAfter(filter.created().before()))
                    .toList();
            for (String sort : columns.keySet()) {
                int column = columns.get(sort);
                java.util.Comparator<String[]> ascending = java.util.Comparator.<String[], String>comparing(
                        row -> row[column]).thenComparing(row -> row[0]);
                for (boolean descending : List.of(true, false)) {
                    List<String> expected = matching.stream().sorted(descending ? ascending.reversed() : ascending)
                            .map(row -> row[0]).toList();
                    for (int pageSize : List.of(50, 7, 1000)) {
                        for (int page = 1; (long) (page - 1) * pageSize <= expected.size(); page++) {
                            Page<Job> listed = jobs.list(filter, new ListQuery(page, pageSize, sort, descending));
                            int from = (page - 1) * pageSize;
                            assertEquals(expected.subList(from, Math.min(expected.size(), from + pageSize)),
                                    ids(listed), filter + " " + sort + (descending ? " desc" : " asc") + " page "
                                            + page + " of " + pageSize);
                            assertEquals(expected.size(), listed.totalSize());
                        }
                    }
                }
            }
        }
        Job added = insert(JobKind.TRAINING, "u1", "n99999-added").orElseThrow();
        Page<Job> last = jobs.list(filters.get(0), new ListQuery(1, 2, "name", false));
        assertEquals(2346, last.totalSize());
        assertEquals(List.of(added.id()), ids(jobs.list(filters.get(0), new ListQuery(2346, 1, "name", false))));
    }

    private static List<String> ids(Page<Job> page) {
        return page.items().stream().map(Job::id).toList();
    }
}
