package org.aicnet.server.backend.local;

import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.CommandRunner;
import org.aicnet.server.backend.TaskLaunch;
import org.aicnet.server.backend.TaskState;
import org.aicnet.server.backend.TaskStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One task of the {@code local} backend: a {@code /bin/sh} running the task's command in the task's work directory,
 * as the leader of its own session and process group ({@code setsid}), with stdout and stderr appended to the task's
 * log as they are written.
 *
 * <p>A small wrapper shell runs the command and keeps, in {@value #DIRECTORY}/ of the work directory, what a restarted
 * server needs to find the task again: {@code pid} (the wrapper's pid, which is also its process group's id),
 * {@code exit} (the command's exit code, written when it ends) and, from the server, {@code started} (the process's
 * start time, so that a pid reused by another process is not taken for the task) and {@code stopped} (the user
 * stopped the task).
 */
final class LocalTask {

    static final String DIRECTORY = ".aicnet-local";
    static final String COMMAND = "command.sh";
    static final String PID = "pid";
    static final String EXIT = "exit";
    static final String STARTED = "started";
    static final String STOPPED = "stopped";

    /** $1: the shell, $2: the command file. Files are moved into place whole, so a reader never sees half of one. */
    private static final String WRAPPER = String.join("\n",
            "d=" + DIRECTORY,
            "echo $$ > $d/" + PID + ".tmp && mv -f $d/" + PID + ".tmp $d/" + PID,
            "\"$1\" \"$2\" </dev/null",
            "code=$?",
            "echo $code > $d/" + EXIT + ".tmp && mv -f $d/" + EXIT + ".tmp $d/" + EXIT,
            "exit $code");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    /** How far two readings of one process's start time may differ (the kernel counts in clock ticks). */
    private static final long SAME_START_MILLIS = 1000;

    private final Path files;
    private final ProcessGroup group;
    private final Long startedMillis;
    /** The wrapper as this server started it; null for a task found again after a restart. */
    private final Process process;

    private LocalTask(Path files, ProcessGroup group, Long startedMillis, Process process) {
        this.files = files;
        this.group = group;
        this.startedMillis = startedMillis;
        this.process = process;
    }

    /** Starts the task and returns once its wrapper has written its pid. */
    static LocalTask launch(TaskLaunch launch, LocalSettings settings, Map<String, String> environment,
                            CommandRunner runner) throws BackendException {
        Path work = launch.workDirectory();
        Path files = work.resolve(DIRECTORY);
        Process process;
        try {
            Files.createDirectories(files);
            Files.createDirectories(launch.outputDirectory());
            Files.createDirectories(launch.logFile().getParent());
            Files.writeString(files.resolve(COMMAND), launch.command() == null ? "" : launch.command() + "\n");
            ProcessBuilder builder = new ProcessBuilder(List.of(settings.setsid(), settings.shell(), "-c", WRAPPER,
                    "aicnet-task", settings.shell(), DIRECTORY + "/" + COMMAND))
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(launch.logFile().toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new BackendException("cannot start the task in " + work + ": " + e.getMessage(), e);
        }
        long pid = awaitPid(files, process, launch.logFile());
        Long started = ProcessHandle.of(pid).flatMap(handle -> handle.info().startInstant())
                .map(Instant::toEpochMilli).orElse(null);
        if (started != null) {
            write(files.resolve(STARTED), String.valueOf(started));
        }
        return new LocalTask(files, new ProcessGroup(runner, pid), started, process);
    }

    /** The task whose files lie in {@code work}, as a restarted server finds it; empty when it never started there. */
    static Optional<LocalTask> find(Path work, CommandRunner runner) {
        Path files = work.resolve(DIRECTORY);
        Long pid = number(files.resolve(PID));
        if (pid == null) {
            return Optional.empty();
        }
        return Optional.of(new LocalTask(files, new ProcessGroup(runner, pid), number(files.resolve(STARTED)), null));
    }

    /** What the task is now: stopped, ended with its exit code, still running, or no longer to be known. */
    TaskState state() {
        if (stopped()) {
            return new TaskState(TaskStatus.STOPPED, null, "stopped");
        }
        Long code = number(files.resolve(EXIT));
        if (code == null && running()) {
            return TaskState.of(TaskStatus.RUNNING);
        }
        code = code != null ? code : number(files.resolve(EXIT));
        if (code != null) {
            return ended(code.intValue());
        }
        if (process != null && !process.isAlive() && process.pid() == group.id()) {
            return new TaskState(TaskStatus.FAILED, process.exitValue(),
                    "the task's shell ended without an exit code of its command (status " + process.exitValue()
                            + "; killed?)");
        }
        return new TaskState(TaskStatus.UNKNOWN, null,
                "the task's process (pid " + group.id() + ") ended while the server was not running and left no "
                        + "exit code");
    }

    /** Whether the task's own shell is still there (not a process that took its pid later). */
    boolean running() {
        if (process != null && process.pid() == group.id()) {
            return process.isAlive();
        }
        return ProcessHandle.of(group.id())
                .filter(ProcessHandle::isAlive)
                .filter(handle -> startedMillis == null || handle.info().startInstant()
                        .map(start -> Math.abs(start.toEpochMilli() - startedMillis) <= SAME_START_MILLIS)
                        .orElse(true))
                .isPresent();
    }

    void markStopped() throws BackendException {
        write(files.resolve(STOPPED), Instant.now().toString());
    }

    boolean stopped() {
        return Files.exists(files.resolve(STOPPED));
    }

    ProcessGroup group() {
        return group;
    }

    private static TaskState ended(int code) {
        return new TaskState(code == 0 ? TaskStatus.SUCCEEDED : TaskStatus.FAILED, code, "exit code " + code);
    }

    private static long awaitPid(Path files, Process process, Path log) throws BackendException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Long pid = number(files.resolve(PID));
            if (pid != null) {
                return pid;
            }
            if (!process.isAlive() && number(files.resolve(PID)) == null) {
                throw new BackendException("the task's shell ended at once with status " + process.exitValue()
                        + ": " + tail(log));
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new BackendException("interrupted while starting the task", e);
            }
        }
        process.destroyForcibly();
        throw new BackendException("the task's shell did not start within " + START_TIMEOUT);
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() > 500 ? text.substring(text.length() - 500) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static Long number(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            return text.matches("-?\\d{1,18}") ? Long.valueOf(text) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void write(Path file, String text) throws BackendException {
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BackendException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
