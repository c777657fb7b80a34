package org.aicnet.server.jobs;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.Attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * GET /trainjob/{id}/download (A.54, A.55, reading R-download): the output files of a finished job as a zip
 * attachment. A job that is still PENDING or RUNNING, or that left no output file, has no result yet: 0202.
 */
final class DownloadResults implements Handler {

    private final JobRepository jobs;
    private final JobFiles files;
    private final String mediaType;
    private final JobRules.UnfinishedDownload unfinished;

    DownloadResults(JobRepository jobs, JobFiles files, String mediaType, JobRules.UnfinishedDownload unfinished) {
        this.jobs = jobs;
        this.files = files;
        this.mediaType = mediaType;
        this.unfinished = unfinished;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Job job = CallerJobs.find(ctx, jobs);
        String fileName = job.name() + "-" + job.id() + ".zip";
        if (!job.status().finished()) {
            unfinished.answer(ctx, job, fileName, mediaType);
            return;
        }
        // A delete may remove the files while they are read: the archive is made whole before the answer starts, and
        // a job deleted meanwhile is 0240 (reading R-0240), never a zip cut short by an error body.
        Path archive;
        try {
            List<ResultArchive.TaskOutput> outputs = jobs.tasks(job.id()).stream()
                    .map(task -> new ResultArchive.TaskOutput(task.taskId(),
                            files.outputDirectory(job.id(), task.taskId()),
                            files.outputFiles(job.id(), task.taskId())))
                    .filter(output -> !output.files().isEmpty())
                    .toList();
            if (outputs.isEmpty()) {
                CallerJobs.find(ctx, jobs);
                throw ApiException.of(ErrorCode.PARAMETER_VALUE, "the job left no result files");
            }
            archive = ResultArchive.prepare(outputs);
        } catch (IOException | UncheckedIOException e) {
            CallerJobs.find(ctx, jobs);
            throw e;
        }
        try {
            CallerJobs.find(ctx, jobs);
            Attachments.send(ctx, fileName, mediaType);
            ctx.header(Header.CONTENT_LENGTH, Long.toString(Files.size(archive)));
            Files.copy(archive, ctx.outputStream());
        } finally {
            Files.deleteIfExists(archive);
        }
    }
}
