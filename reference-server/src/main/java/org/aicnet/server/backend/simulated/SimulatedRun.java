package org.aicnet.server.backend.simulated;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;
import org.aicnet.server.backend.TaskStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One simulated task: it walks the timeline of its {@link SimulatedScript} from its start time, writing the log as
 * it goes (started, the command, each echo, finished with the exit code), and leaves real files in its output
 * directory when it ends: {@value #METRICS} always, {@value #MODEL_SUMMARY} when it succeeded.
 */
final class SimulatedRun {

    static final String METRICS = "metrics.json";
    static final String MODEL_SUMMARY = "model-summary.txt";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path workDirectory;
    private final ScheduledExecutorService timer;
    private final SimulatedScript script;
    private RunRecord record;
    private ScheduledFuture<?> next;

    private SimulatedRun(Path workDirectory, RunRecord record, ScheduledExecutorService timer) {
        this.workDirectory = workDirectory;
        this.record = record;
        this.timer = timer;
        this.script = SimulatedScript.parse(record.command(), Duration.ofMillis(record.runTimeMillis()),
                record.service());
    }

    /** A new run of the task, started once it has waited {@code queueTime} (PENDING until then). */
    static SimulatedRun start(TaskLaunch launch, Duration runTime, Duration queueTime, ScheduledExecutorService timer)
            throws BackendException {
        Path work = launch.workDirectory();
        RunRecord record = new RunRecord(launch.centerId(), launch.jobId(), launch.taskId(), launch.taskIndex(),
                launch.taskCount(), launch.nodeIndex(), launch.accelerators(), launch.demand().productName(),
                launch.command(), launch.service(), runTime.toMillis(), System.currentTimeMillis() + queueTime.toMillis(),
                work.relativize(launch.logFile()).toString(), work.relativize(launch.outputDirectory()).toString(),
                0, TaskStatus.RUNNING, null, null);
        SimulatedRun run = new SimulatedRun(work, record, timer);
        try {
            Files.createDirectories(run.outputDirectory());
            run.log("started task " + record.taskId() + " (" + (record.taskIndex() + 1) + " of " + record.taskCount()
                    + ") of job " + record.jobId() + " on node " + record.nodeIndex() + " of center "
                    + record.centerId() + ", accelerators " + record.accelerators());
            run.log("$ " + (record.command() == null ? "" : record.command()));
            run.save();
        } catch (IOException e) {
            throw new BackendException("cannot start simulated task in " + work + ": " + e.getMessage(), e);
        }
        run.advance();
        return run;
    }

    /** The run recorded in a work directory, or null when there is none. */
    static SimulatedRun load(Path workDirectory, ScheduledExecutorService timer) throws BackendException {
        Path file = workDirectory.resolve(RunRecord.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return new SimulatedRun(workDirectory, JSON.readValue(file.toFile(), RunRecord.class), timer);
        } catch (IOException e) {
            throw new BackendException("cannot read simulated task record " + file + ": " + e.getMessage(), e);
        }
    }

    /** Takes the timeline up again after a restart, from the recorded start time; what fell due meanwhile runs now. */
    synchronized void resume() {
        if (!record.status().finished()) {
            write("resumed after a restart of the server");
            advance();
        }
    }

    synchronized TaskState state() {
        if (record.status() == TaskStatus.RUNNING) {
            return TaskState.of(System.currentTimeMillis() < record.startedAt()
                    ? TaskStatus.PENDING : TaskStatus.RUNNING);
        }
        String reason = record.exitCode() == null ? record.status().name().toLowerCase()
                : "exit code " + record.exitCode();
        return new TaskState(record.status(), record.exitCode(), reason);
    }

    synchronized void stop() {
        if (record.status().finished()) {
            return;
        }
        pause();
        end(TaskStatus.STOPPED, null, Math.max(record.startedAt(), System.currentTimeMillis()), "stopped");
    }

    /** Stops the timer without ending the task: the server is closing, and a restart resumes the run. */
    synchronized void pause() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }

    private synchronized void advance() {
        List<SimulatedScript.Event> events = script.events();
        while (!record.status().finished() && record.eventsDone() < events.size()) {
            SimulatedScript.Event event = events.get(record.eventsDone());
            long due = record.startedAt() + event.offsetMillis();
            long now = System.currentTimeMillis();
            if (due > now) {
                schedule(due - now);
                return;
            }
            record = record.withEventsDone(record.eventsDone() + 1);
            if (event.ends()) {
                end(event.exitCode() == 0 ? TaskStatus.SUCCEEDED : TaskStatus.FAILED, event.exitCode(), due,
                        "finished with exit code " + event.exitCode());
            } else {
                write(event.output());
                save();
            }
        }
    }

    private void schedule(long delayMillis) {
        try {
            next = timer.schedule(this::advance, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the backend is closing: the record holds the timeline, and a restart resumes it
        }
    }

    private void end(TaskStatus status, Integer exitCode, long at, String line) {
        record = record.finished(status, exitCode, at);
        write(line);
        try {
            Files.createDirectories(outputDirectory());
            Files.writeString(outputDirectory().resolve(METRICS), JSON.writeValueAsString(metrics()));
            if (status == TaskStatus.SUCCEEDED) {
                Files.writeString(outputDirectory().resolve(MODEL_SUMMARY), modelSummary());
            }
        } catch (IOException e) {
            write("cannot write the output files: " + e.getMessage());
        }
        save();
    }

    private Map<String, Object> metrics() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("jobId", record.jobId());
        metrics.put("taskId", record.taskId());
        metrics.put("status", record.status().name());
        metrics.put("exitCode", record.exitCode());
        metrics.put("startedAt", Instant.ofEpochMilli(record.startedAt()).toString());
        metrics.put("finishedAt", Instant.ofEpochMilli(record.finishedAt()).toString());
        metrics.put("durationSeconds", (record.finishedAt() - record.startedAt()) / 1000.0);
        metrics.put("steps", record.eventsDone());
        return metrics;
    }

    private String modelSummary() {
        int cards = record.accelerators().size();
        long parameters = 1_000_000L * (record.taskIndex() + 1) * Math.max(1, cards);
        return "simulated model of job " + record.jobId() + ", task " + record.taskId() + "\n"
                + "trained on " + (cards == 0 ? "cpu" : cards + " x " + record.productName()) + "\n"
                + "parameters: " + parameters + "\n"
                + "command: " + (record.command() == null ? "" : record.command()) + "\n";
    }

    private Path outputDirectory() {
        return workDirectory.resolve(record.outputDirectory());
    }

    private void log(String line) throws IOException {
        Path file = workDirectory.resolve(record.logFile());
        Files.createDirectories(file.getParent());
        Files.writeString(file, Instant.now() + " " + line + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** A log line during the run; a failure to write it must not end the simulation. */
    private void write(String line) {
        try {
            log(line);
        } catch (IOException ignored) {
            // the log is best effort once the task is running; its state is what the scheduler reads
        }
    }

    private void save() {
        Path file = workDirectory.resolve(RunRecord.FILE_NAME);
        Path temporary = workDirectory.resolve(RunRecord.FILE_NAME + ".tmp");
        try {
            Files.writeString(temporary, JSON.writeValueAsString(record));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
            // the record only serves a restart; the run goes on in memory either way
        }
    }
}
