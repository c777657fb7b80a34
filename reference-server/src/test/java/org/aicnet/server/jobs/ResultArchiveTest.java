package org.aicnet.server.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A.54: the outputs of every task under a folder of its own, in one zip. */
class ResultArchiveTest {

    @TempDir
    Path data;

    @Test
    void eachTaskHasItsFolderAndEveryFileItsContent() throws Exception {
        JobFiles files = new JobFiles(data);
        Path first = Files.createDirectories(files.outputDirectory("job-1", "task-0").resolve("checkpoints"));
        Files.writeString(first.resolve("epoch-1.ckpt"), "weights");
        Files.writeString(files.outputDirectory("job-1", "task-0").resolve("metrics.json"), "{}");
        Files.createDirectories(files.outputDirectory("job-1", "task-1"));
        Files.writeString(files.outputDirectory("job-1", "task-1").resolve("metrics.json"), "{\"loss\":1}");
        List<ResultArchive.TaskOutput> outputs = List.of("task-0", "task-1").stream()
                .map(task -> new ResultArchive.TaskOutput(task, files.outputDirectory("job-1", task),
                        files.outputFiles("job-1", task)))
                .toList();

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ResultArchive.write(zip, outputs);

        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes()));
            }
        }
        assertEquals(Map.of("task-0/checkpoints/epoch-1.ckpt", "weights", "task-0/metrics.json", "{}",
                "task-1/metrics.json", "{\"loss\":1}"), entries);
        assertEquals(List.of(), files.outputFiles("job-1", "task-9"));
    }
}
