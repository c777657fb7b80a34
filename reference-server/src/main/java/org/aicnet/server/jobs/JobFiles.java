package org.aicnet.server.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a job's files lie in the data directory: {@code jobs/<jobId>/<taskId>/} is a task's work directory, with its
 * log {@value #LOG} and its output directory {@value #OUTPUT}, whose files GET /trainjob/{id}/download returns.
 */
public final class JobFiles {

    static final String LOG = "task.log";
    static final String OUTPUT = "output";

    private final Path jobs;

    public JobFiles(Path dataDirectory) {
        this.jobs = dataDirectory.toAbsolutePath().resolve("jobs");
    }

    public Path taskDirectory(String jobId, String taskId) {
        return jobs.resolve(jobId).resolve(taskId);
    }

    public Path logFile(String jobId, String taskId) {
        return taskDirectory(jobId, taskId).resolve(LOG);
    }

    public Path outputDirectory(String jobId, String taskId) {
        return taskDirectory(jobId, taskId).resolve(OUTPUT);
    }

    /** The regular files under a task's output directory, relative to it, in name order; none before it exists. */
    public List<Path> outputFiles(String jobId, String taskId) {
        Path output = outputDirectory(jobId, taskId);
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile).map(output::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes everything of a deleted job. */
    public void delete(String jobId) throws IOException {
        Path directory = jobs.resolve(jobId);
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
