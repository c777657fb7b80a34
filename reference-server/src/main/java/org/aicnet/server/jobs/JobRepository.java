package org.aicnet.server.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.capacity.NodeSlot;
import org.aicnet.server.config.SpecConfig;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.ListQuery;
import org.aicnet.server.http.Page;
import org.aicnet.server.standard.Api;
import org.aicnet.server.store.Commit;
import org.aicnet.server.store.Database;
import org.aicnet.server.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Jobs and tasks in the store (db/migration/common/V3__jobs.sql). Lists are answered by the database, filtered, sorted and paged there with
 * LIMIT/OFFSET and counted with COUNT, so that a user with 100,000 jobs costs one page of rows per request.
 */
public final class JobRepository {

    private static final String DUPLICATE_KEY = "23505";

    /** A.36 sort values and their columns; ties are broken by id in the same direction (reading R-ties). */
    private static final Map<String, String> SORT_COLUMNS =
            Map.of(Api.ID, "id", Api.NAME, "name", ListQueries.STATUS, "status", Api.CREATE_TIME, "create_time");

    /**
     * The index of V3__jobs.sql that holds a scoped list's jobs in each sort order, ascending and descending: named
     * to H2 for the reads from a cursor, whose other filters (center, processor, create time) it tests while walking
     * it, so that it never picks the index of a filter and sorts what matches.
     */
    private static final Map<String, String[]> SORT_INDEXES = Map.of("id",
            new String[] {"jobs_by_id", "jobs_by_id_desc"}, "name", new String[] {"jobs_name_unique",
                    "jobs_by_name_desc"}, "status", new String[] {"jobs_by_status", "jobs_by_status_desc"},
            "create_time", new String[] {"jobs_by_create_time", "jobs_by_create_time_desc"});
    /**
     * Lists of up to this many jobs, and the pages among the first this many of a list whose cursors are not kept,
     * are read with OFFSET; the others from {@link ListCursors}.
     */
    private static final long OFFSET_LISTS = 10L * ListCursors.SPACING;

    private static final String JOB_COLUMNS = "id, kind, user_id, name, description, status, create_time, "
            + "stopped_time, spec_json, node_count, image_id, image_url, command, candidate_centers, center_id, "
            + "placed, service_port";
    private static final String TASK_COLUMNS =
            "job_id, task_id, task_index, status, center_id, node_index, accelerators, handle, exit_code, reason";

    private static final StoredJson<SpecConfig> SPECS = new StoredJson<>(new TypeReference<>() { });
    private static final StoredJson<List<String>> CENTER_LISTS = new StoredJson<>(new TypeReference<>() { });

    private final Database database;
    private final ListCounts counts;
    private final ListCursors cursors;
    private final JobIds ids;

    public JobRepository(Database database) {
        this(database, JobIds.STANDARD);
    }

    public JobRepository(Database database, JobIds ids) {
        this.database = database;
        this.ids = ids;
        // replicas change jobs behind each other's back: a kept total would miss their changes
        this.counts = new ListCounts(!database.shared());
        this.cursors = new ListCursors(counts);
    }

    /** Chooses the center a new job runs in, given which centers have a job waiting for nodes. */
    public interface CenterChoice {
        String of(NewJob job, Predicate<String> waitingIn);
    }

    /**
     * Stores new jobs in one transaction, each in the center {@code centers} chooses for it in turn (a job stored
     * before it in the batch waits in its center), with its {@code nodeCount} pending tasks. For each job, in order:
     * the job as stored, none when the user's name is taken (0208), or the RuntimeException its choice of center
     * threw. Committed, not yet synced: answered once {@link Commit#onDisk} returned it.
     */
    public Commit<List<Stored>> insert(List<NewJob> batch, CenterChoice centers) {
        return database.commit("store " + batch.size() + " jobs", connection -> {
            // whether a center has a job waiting, asked once per center and batch: only this batch adds to a queue
            Map<String, Boolean> waiting = new HashMap<>();
            List<Stored> stored = new ArrayList<>();
            try (Inserts inserts = new Inserts(connection, batch.size())) {
                for (NewJob job : batch) {
                    String centerId;
                    try {
                        centerId = centers.of(job, center -> waiting.computeIfAbsent(center, this::waitingIn));
                    } catch (RuntimeException e) {
                        stored.add(new Stored(null, e));
                        continue;
                    }
                    Optional<Job> inserted = inserts.insert(job, centerId);
                    inserted.ifPresent(ignored -> waiting.put(centerId, true));
                    stored.add(new Stored(inserted.orElse(null), null));
                }
            }
            return stored;
        }).then(stored -> {
            counts.changed();
            return stored;
        });
    }

    /** One job of a batch: as stored, or null when its name is taken or its center could not be chosen (refused). */
    public record Stored(Job job, RuntimeException refused) {

        /** The stored job's id; null when none was stored. */
        public String id() {
            return job == null ? null : job.id();
        }
    }

    /**
     * The statements that store new jobs, prepared once for a batch, and the job numbers taken for it in one step:
     * one for each job of the batch, given out in turn (those of jobs not stored are not given out again).
     */
    private final class Inserts implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement job;
        private final PreparedStatement tasks;
        private long next;

        private Inserts(Connection connection, int size) throws SQLException {
            this.connection = connection;
            try (PreparedStatement advance = connection.prepareStatement(
                    "UPDATE job_counter SET last_seq = last_seq + ? WHERE id = 1");
                 PreparedStatement read = connection.prepareStatement(
                         "SELECT last_seq FROM job_counter WHERE id = 1")) {
                advance.setLong(1, size);
                advance.executeUpdate();
                try (ResultSet rows = read.executeQuery()) {
                    rows.next();
                    this.next = rows.getLong(1) - size + 1;
                }
            }
            this.job = connection.prepareStatement("INSERT INTO jobs (seq, " + JOB_COLUMNS
                    + ", spec_id, processor_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            this.tasks = connection.prepareStatement(
                    "INSERT INTO tasks (job_id, task_id, task_index, status, center_id) VALUES (?, ?, ?, ?, ?)");
        }

        /** The job as stored, a PENDING job not placed yet; empty when the user's name is taken. */
        private Optional<Job> insert(NewJob request, String centerId) throws SQLException {
            long sequence = next++;
            String id = ids.job(request.kind(), sequence);
            // a taken name fails its own statements only, on every store (PostgreSQL aborts the transaction otherwise)
            Savepoint before = connection.setSavepoint();
            try {
                bind(job, sequence, id, request.kind().name(), request.userId(), request.name(), request.desc(),
                        JobStatus.PENDING.name(), request.createTime(), null, json(request.spec()),
                        request.nodeCount(), request.imageId(), request.imageUrl(), request.command(),
                        json(request.candidateCenters()), centerId, false, request.servicePort(), request.spec().id(),
                        request.spec().processor().processorType());
                job.executeUpdate();
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    connection.rollback(before);
                    return Optional.empty();
                }
                throw e;
            }
            for (int index = 0; index < request.nodeCount(); index++) {
                bind(tasks, id, ids.task(index), index, JobStatus.PENDING.name(), centerId);
                tasks.addBatch();
            }
            tasks.executeBatch();
            return Optional.of(new Job(id, request.kind(), request.userId(), request.name(), request.desc(),
                    JobStatus.PENDING, request.createTime(), null, request.spec(), request.nodeCount(),
                    request.imageId(), request.imageUrl(), request.command(), request.candidateCenters(), centerId,
                    false, request.servicePort()));
        }

        @Override
        public void close() throws SQLException {
            try (job; tasks) {
                // closes both statements
            }
        }
    }

    public Optional<Job> find(String id) {
        return one("SELECT " + JOB_COLUMNS + " FROM jobs WHERE id = ?", id);
    }

    /** The caller's job of that id; another user's job is as absent as one that never existed (reading R-0240). */
    public Optional<Job> findOwned(String userId, String id) {
        return one("SELECT " + JOB_COLUMNS + " FROM jobs WHERE id = ? AND user_id = ?", id, userId);
    }

    /** The user's job of that kind and name, if there is one. */
    public Optional<Job> named(String userId, JobKind kind, String name) {
        return one("SELECT " + JOB_COLUMNS + " FROM jobs WHERE user_id = ? AND kind = ? AND name = ?", userId,
                kind.name(), name);
    }

    /**
     * One page of the jobs matching the filter, and how many match in all.
     *
     * <p>H2 counts and skips by walking an index entry by entry, so both cost in proportion to the jobs: the count is
     * kept ({@link ListCounts}) until a job is created, deleted or changes state, and a page in the second half of
     * the list is read from its end, in the opposite order, then turned round: the order is total (ties broken by
     * id), so the two are the same rows. A long list of one user and kind is read from the nearest of its
     * {@link ListCursors} on while they are kept, the same rows again.
     */
    public Page<Job> list(JobFilter filter, ListQuery query) {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        condition(where, parameters, "user_id = ?", filter.userId());
        condition(where, parameters, "kind = ?", filter.kind() == null ? null : filter.kind().name());
        condition(where, parameters, "center_id = ?", filter.centerId());
        condition(where, parameters, "processor_type = ?", filter.processor());
        condition(where, parameters, "status = ?", filter.status() == null ? null : filter.status().name());
        condition(where, parameters, "create_time >= ?", filter.created() == null ? null : filter.created().after());
        condition(where, parameters, "create_time <= ?", filter.created() == null ? null : filter.created().before());
        long total = counts.of(where.toString(), parameters,
                () -> count("SELECT COUNT(*) FROM jobs" + where, parameters.toArray()));
        long offset = query.offset();
        if (offset >= total) {
            return new Page<>(List.of(), total);
        }
        boolean scoped = filter.userId() != null && filter.kind() != null;
        if (scoped && counts.keeping() && total > OFFSET_LISTS) {
            Optional<List<Job>> fromCursor = fromCursor(where, parameters, query);
            if (fromCursor.isPresent()) {
                return new Page<>(fromCursor.get(), total);
            }
        }
        long fromEnd = total - offset - query.pageSize();
        if (fromEnd >= offset || offset == 0) {
            return new Page<>(page(where, parameters, orderBy(query.sort(), query.descending(), scoped),
                    query.pageSize(), offset), total);
        }
        List<Job> mirrored = new ArrayList<>(page(where, parameters,
                orderBy(query.sort(), !query.descending(), scoped), query.pageSize() + Math.min(fromEnd, 0),
                Math.max(fromEnd, 0)));
        Collections.reverse(mirrored);
        return new Page<>(mirrored, total);
    }

    private List<Job> page(CharSequence where, List<Object> parameters, String orderBy, long limit, long offset) {
        return page("", where, parameters, orderBy, limit, offset);
    }

    private List<Job> page(String hint, CharSequence where, List<Object> parameters, String orderBy, long limit,
                           long offset) {
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(limit);
        paged.add(offset);
        return many("SELECT " + JOB_COLUMNS + " FROM jobs" + hint + where + orderBy + " LIMIT ? OFFSET ?",
                JobRepository::job, paged.toArray());
    }

    /**
     * A page of a scoped list from the nearest cursor before it: the jobs from its key on in the sort order. For a
     * sort value that jobs share (status, create time), the jobs of the cursor's value from its id on, then those
     * from the next value on; the sort's index starts each read at its key. The cursors are read for a page beyond
     * the first {@link #OFFSET_LISTS} jobs; a page before them uses them only when they are kept (none: read with
     * OFFSET), so that the first pages of a list that keeps changing never cost a read of the whole list.
     */
    private Optional<List<Job>> fromCursor(CharSequence where, List<Object> parameters, ListQuery query) {
        String column = SORT_COLUMNS.get(query.sort());
        boolean descending = query.descending();
        String hint = database.dialect().indexHint(SORT_INDEXES.get(column)[descending ? 1 : 0]);
        String orderBy = orderBy(query.sort(), descending, true);
        Optional<ListCursors.Cursors> kept = cursors.of(where.toString(), parameters, column, descending,
                query.offset() >= OFFSET_LISTS, () -> scan(hint, where, parameters, column, orderBy));
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        if (kept.get().cursors().isEmpty()) {
            return Optional.of(List.of());
        }
        ListCursors.Start start = kept.get().before(query.offset());
        ListCursors.Cursor cursor = start.cursor();
        String from = descending ? " <= ?" : " >= ?";
        if (column.equals("id") || column.equals("name")) {
            return Optional.of(page(hint, where + " AND " + column + from, with(parameters, cursor.value()), orderBy,
                    query.pageSize(), start.skip()));
        }
        List<Job> items = new ArrayList<>();
        if (start.skip() < cursor.sameValue()) {
            items.addAll(page(hint, where + " AND " + column + " = ? AND id" + from,
                    with(parameters, cursor.value(), cursor.id()), orderBy, query.pageSize(), start.skip()));
        }
        if (items.size() < query.pageSize() && cursor.nextValue() != null) {
            items.addAll(page(hint, where + " AND " + column + from, with(parameters, cursor.nextValue()), orderBy,
                    query.pageSize() - items.size(), Math.max(0, start.skip() - cursor.sameValue())));
        }
        return Optional.of(items);
    }

    /** The sort value and id of every job of the list in order, kept at every {@link ListCursors#SPACING}th. */
    private ListCursors.Cursors scan(String hint, CharSequence where, List<Object> parameters, String column,
                                     String orderBy) {
        String sql = "SELECT " + column + ", id FROM jobs" + hint + where + orderBy;
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters.toArray());
            try (ResultSet rows = statement.executeQuery()) {
                List<Object> values = new ArrayList<>();
                List<String> keyIds = new ArrayList<>();
                List<Long> ends = new ArrayList<>();
                List<Object> nexts = new ArrayList<>();
                int open = 0;
                Object previous = null;
                long row = 0;
                for (; rows.next(); row++) {
                    Object value = column.equals("create_time") ? rows.getObject(1, LocalDateTime.class)
                            : rows.getString(1);
                    if (row > 0 && !value.equals(previous)) {
                        for (; open < values.size(); open++) {
                            ends.set(open, row);
                            nexts.set(open, value);
                        }
                    }
                    if (row % ListCursors.SPACING == 0) {
                        values.add(value);
                        keyIds.add(rows.getString(2));
                        ends.add(null);
                        nexts.add(null);
                    }
                    previous = value;
                }
                for (; open < values.size(); open++) {
                    ends.set(open, row);
                }
                List<ListCursors.Cursor> kept = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    kept.add(new ListCursors.Cursor(values.get(i), keyIds.get(i),
                            ends.get(i) - (long) i * ListCursors.SPACING, nexts.get(i)));
                }
                return new ListCursors.Cursors(kept);
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + sql, e);
        }
    }

    private static List<Object> with(List<Object> parameters, Object... more) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(Arrays.asList(more));
        return all;
    }

    /** The plan H2 chooses for a list query, for the tests that guard the indexes. */
    String explainList(String userId, JobKind kind, JobFilter filter, ListQuery query) {
        String sql = "EXPLAIN SELECT " + JOB_COLUMNS + " FROM jobs WHERE user_id = ? AND kind = ?"
                + (filter.status() == null ? "" : " AND status = ?") + orderBy(query.sort(), query.descending(), true)
                + " LIMIT ? OFFSET ?";
        List<Object> parameters = new ArrayList<>(List.of(userId, kind.name()));
        if (filter.status() != null) {
            parameters.add(filter.status().name());
        }
        parameters.add(query.pageSize());
        parameters.add(query.offset());
        return String.join("\n", many(sql, rows -> rows.getString(1), parameters.toArray()));
    }

    /**
     * The sort of A.36, ties broken by id in the same direction; names are unique and need no tie-breaker. The
     * leading user and kind, fixed by the WHERE clause of a {@code scoped} list, change nothing but let H2 see that an
     * index of V3__jobs.sql already holds the rows in this order.
     */
    private static String orderBy(String sort, boolean descending, boolean scoped) {
        String column = SORT_COLUMNS.get(sort);
        if (column == null) {
            throw new IllegalArgumentException("not a sort value of A.36: " + sort);
        }
        String direction = descending ? " DESC" : " ASC";
        boolean unique = column.equals("id") || column.equals("name");
        return " ORDER BY " + (scoped ? "user_id, kind, " : "") + column + direction
                + (unique && scoped ? "" : ", id" + direction);
    }

    public List<Task> tasks(String jobId) {
        return many("SELECT " + TASK_COLUMNS + " FROM tasks WHERE job_id = ? ORDER BY task_index",
                JobRepository::task, jobId);
    }

    public Optional<Task> task(String jobId, String taskId) {
        return many("SELECT " + TASK_COLUMNS + " FROM tasks WHERE job_id = ? AND task_id = ?", JobRepository::task,
                jobId, taskId).stream().findFirst();
    }

    /**
     * The first {@code limit} jobs of a center's queue: pending jobs not yet placed on nodes, oldest first. Read a
     * page at a time, a queue of any length costs what the scheduler places from it.
     */
    public List<Job> waitingIn(String centerId, int limit) {
        return many("SELECT " + JOB_COLUMNS + " FROM jobs WHERE placed = FALSE AND status = ? AND center_id = ? "
                + "ORDER BY seq LIMIT ?", JobRepository::job, JobStatus.PENDING.name(), centerId, limit);
    }

    /** Whether some job waits for nodes of the center. */
    public boolean waitingIn(String centerId) {
        return !many("SELECT 1 FROM jobs WHERE placed = FALSE AND status = ? AND center_id = ? LIMIT 1",
                rows -> rows.getInt(1), JobStatus.PENDING.name(), centerId).isEmpty();
    }

    /** Tasks handed to a backend and not yet finished, whose states the scheduler polls. */
    public List<Task> activeTasks() {
        // a seek in index tasks_placed per state (V6): handle >= '' holds for every handle; on H2 it is a range of
        // the index's second column, where IS NOT NULL would be tested row by row among every waiting job's tasks
        String placed = "SELECT " + TASK_COLUMNS + " FROM tasks WHERE status = ? AND handle >= ''";
        return many(placed + " UNION ALL " + placed + " ORDER BY job_id, task_index", JobRepository::task,
                JobStatus.PENDING.name(), JobStatus.RUNNING.name());
    }

    /** Records the nodes a job's tasks were placed on and their backend handles, all at once. */
    public void place(String jobId, List<Task> tasks) {
        database.write("place job " + jobId, connection -> {
            try (PreparedStatement job = connection.prepareStatement("UPDATE jobs SET placed = TRUE WHERE id = ?");
                 PreparedStatement task = connection.prepareStatement("UPDATE tasks SET "
                         + "node_index = ?, accelerators = ?, handle = ?, status = ?, exit_code = ?, reason = ? "
                         + "WHERE job_id = ? AND task_id = ?")) {
                bind(job, jobId);
                job.executeUpdate();
                for (Task placed : tasks) {
                    bind(task, placed.slot().nodeIndex(), cards(placed.slot().accelerators()),
                            placed.handle(), placed.status().name(), placed.exitCode(), placed.reason(), jobId,
                            placed.taskId());
                    task.executeUpdate();
                }
            }
            return null;
        });
    }

    /** A task's new state, exit code and reason. */
    public void update(Task task) {
        execute("UPDATE tasks SET status = ?, exit_code = ?, reason = ? WHERE job_id = ? AND task_id = ?",
                task.status().name(), task.exitCode(), task.reason(), task.jobId(), task.taskId());
    }

    public void updateStatus(String jobId, JobStatus status, LocalDateTime stoppedTime) {
        execute("UPDATE jobs SET status = ?, stopped_time = COALESCE(?, stopped_time) WHERE id = ?",
                status.name(), stoppedTime, jobId);
        counts.changed();
    }

    /** How many jobs of one kind are in one state in one center, of all users. */
    public record JobCount(JobKind kind, JobStatus status, String centerId, long count) {
    }

    /** The jobs of all users counted by kind, state and center (the metrics), in that order. */
    public List<JobCount> counts() {
        return many("SELECT kind, status, center_id, COUNT(*) FROM jobs GROUP BY kind, status, center_id "
                        + "ORDER BY kind, status, center_id",
                rows -> new JobCount(JobKind.valueOf(rows.getString(1)), JobStatus.valueOf(rows.getString(2)),
                        rows.getString(3), rows.getLong(4)));
    }

    /** Removes a job and its tasks; its name is free again afterwards. */
    public void delete(String jobId) {
        execute("DELETE FROM jobs WHERE id = ?", jobId);
        counts.changed();
    }

    private static void condition(StringBuilder where, List<Object> parameters, String sql, Object value) {
        if (value != null) {
            where.append(where.length() == 0 ? " WHERE " : " AND ").append(sql);
            parameters.add(value);
        }
    }

    private Optional<Job> one(String sql, Object... parameters) {
        return many(sql, JobRepository::job, parameters).stream().findFirst();
    }

    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> many(String sql, RowReader<T> reader, Object... parameters) {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> items = new ArrayList<>();
                while (rows.next()) {
                    items.add(reader.read(rows));
                }
                return items;
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + sql, e);
        }
    }

    private long count(String sql, Object... parameters) {
        return many(sql, rows -> rows.getLong(1), parameters).get(0);
    }

    private void execute(String sql, Object... parameters) {
        database.write("update: " + sql, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static Job job(ResultSet rows) throws SQLException {
        return new Job(rows.getString("id"), JobKind.valueOf(rows.getString("kind")), rows.getString("user_id"),
                rows.getString("name"), rows.getString("description"), JobStatus.valueOf(rows.getString("status")),
                rows.getObject("create_time", LocalDateTime.class),
                rows.getObject("stopped_time", LocalDateTime.class),
                SPECS.read(rows.getString("spec_json"), spec -> spec), rows.getInt("node_count"),
                rows.getString("image_id"), rows.getString("image_url"), rows.getString("command"),
                CENTER_LISTS.read(rows.getString("candidate_centers"), List::copyOf),
                rows.getString("center_id"), rows.getBoolean("placed"), (Integer) rows.getObject("service_port"));
    }

    private static Task task(ResultSet rows) throws SQLException {
        Integer node = (Integer) rows.getObject("node_index");
        NodeSlot slot = node == null ? null : new NodeSlot(node, cards(rows.getString("accelerators")));
        return new Task(rows.getString("job_id"), rows.getString("task_id"), rows.getInt("task_index"),
                JobStatus.valueOf(rows.getString("status")), rows.getString("center_id"), slot,
                rows.getString("handle"), (Integer) rows.getObject("exit_code"), rows.getString("reason"));
    }

    private static String cards(List<Integer> cards) {
        return String.join(",", cards.stream().map(String::valueOf).toList());
    }

    private static List<Integer> cards(String text) {
        return text == null || text.isEmpty() ? List.of()
                : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write " + value, e);
        }
    }

}
