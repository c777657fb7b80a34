package org.aicnet.server.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A.54: a job's results as one zip, the output files of each task under a folder named by its task id. The zip is
 * written file by file, never held in memory: to a temporary file ({@link #prepare}), whole before it is sent.
 */
final class ResultArchive {

    /** The output files of one task, relative to its output directory. */
    record TaskOutput(String taskId, Path directory, List<Path> files) {
    }

    private ResultArchive() {
    }

    /** The archive in a temporary file of the server's user only; the caller deletes it. */
    static Path prepare(List<TaskOutput> outputs) throws IOException {
        Path archive = Files.createTempFile("aicnet-results-", ".zip");
        try (OutputStream out = Files.newOutputStream(archive)) {
            write(out, outputs);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(archive);
            throw e;
        }
        return archive;
    }

    static void write(OutputStream out, List<TaskOutput> outputs) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (TaskOutput output : outputs) {
            for (Path file : output.files()) {
                zip.putNextEntry(new ZipEntry(output.taskId() + "/" + file.toString().replace('\\', '/')));
                Files.copy(output.directory().resolve(file), zip);
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }
}
