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

    private static List<String> ids(Page<Job> page) {
        return page.items().stream().map(Job::id).toList();
    }
}
