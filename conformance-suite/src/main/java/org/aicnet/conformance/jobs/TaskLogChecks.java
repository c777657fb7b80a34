package org.aicnet.conformance.jobs;

import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.conformance.platform.MediaType;
import org.aicnet.schemas.standard.LogContentTypes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The judgements of a task log and its links (7.4.4, A.46-A.48, readings R-log-link and R-log-link-refusal). Each
 * throws an {@link AssertionError} naming what the standard or the reading asks and what the platform sent.
 */
public final class TaskLogChecks {

    private TaskLogChecks() {
    }

    /** A.47, A.48: a preview link serves text/plain in UTF-8 (reading R-media-type) inline. */
    public static void plainTextInline(ApiResponse response) {
        Expect.success(response);
        if (!MediaType.is(response.contentType(), LogContentTypes.TEXT_PLAIN)) {
            throw new AssertionError("a preview link serves text/plain (A.47, reading R-log-link), got '"
                    + response.contentType() + "'");
        }
        Optional<String> charset = MediaType.charset(response.contentType());
        if (charset.isPresent() && !MediaType.isUtf8(charset.get())) {
            throw new AssertionError("the log is served as UTF-8 (reading R-log-link), got '" + response.contentType()
                    + "'");
        }
        String disposition = response.header("Content-Disposition").orElse("inline").toLowerCase(Locale.ROOT);
        if (disposition.startsWith("attachment")) {
            throw new AssertionError("a preview link shows the log inline (A.47), got Content-Disposition: "
                    + disposition);
        }
    }

    /** A.48: the task's whole log, so it holds what the job's command wrote. */
    public static void showsOutput(ApiResponse response, String command, String written) {
        Expect.success(response);
        String log = response.text();
        if (!log.contains(written)) {
            throw new AssertionError("the log of a job that ran '" + command + "' does not show '" + written
                    + "' (A.48: the task's whole log): " + Exchange.cut(log));
        }
    }

    /**
     * Reading R-log-link-refusal: 403, and where the answer is JSON, the error body with {@code code}. Returns whether
     * the refusal carried the error body (a store in front of the platform may refuse with its own body).
     */
    public static boolean refused(ApiResponse response, String why, String code) {
        if (response.status() != 403) {
            throw new AssertionError("a " + why + " log link is refused with 403 (reading R-log-link-refusal), got "
                    + "HTTP " + response.status() + ": " + Exchange.cut(response.text()));
        }
        if (!MediaType.is(response.contentType(), "application/json")) {
            return false;
        }
        Expect.equal("error code of a " + why + " log link (reading R-log-link-refusal)", code, response.errorCode());
        return true;
    }

    /** 7.4.4, reading R-tasks-per-node: a job on one node has exactly one task. */
    public static void exactlyOneTask(TrackedJob job, List<String> tasks) {
        if (tasks.size() != 1) {
            throw new AssertionError("a job on one node has exactly one task (7.4.4, reading R-tasks-per-node), "
                    + job + " has " + tasks.size());
        }
    }

    /** 7.4.4: one log per task, so no two tasks share a link; adds the link to those seen. */
    public static void ownLink(TrackedJob job, Set<String> links, String link) {
        if (!links.add(link)) {
            throw new AssertionError("tasks of " + job + " share the log link " + link + " (7.4.4: one log per "
                    + "task)");
        }
    }
}
