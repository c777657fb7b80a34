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
 * written straight to the response as it is made, file by file, never held in memory.
 */
final class ResultArchive {

    /** The output files of one task, relative to its output directory. */
    record TaskOutput(String taskId, Path directory, List<Path> files) {
    }

    private ResultArchive() {
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
