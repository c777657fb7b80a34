package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.KitError;
import org.aicnet.conformance.lists.Walk;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.platform.Standard;
import org.aicnet.schemas.standard.JobFields;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The judgements of a training or online job as a whole: its states (6.3.4), its place in the user's list
 * (7.4.2, reading R-user-isolation), its stop (7.4.5), its service address (7.4.8) and its results (7.4.7). Each throws
 * an {@link AssertionError} naming what the standard or the reading asks and what the platform sent; a list too long
 * to read is the kit's problem ({@link KitError}).
 */
public final class JobChecks {

    private JobChecks() {
    }

    /** A.33: right after its creation a job is PENDING or RUNNING. */
    public static void pendingOrRunningWhenCreated(TrackedJob job) {
        String status = job.created().path("status").asText(null);
        if (!Standard.STOPPABLE_STATES.contains(status)) {
            throw new AssertionError("right after its creation a job is PENDING or RUNNING (A.33), got " + status);
        }
    }

    /** 7.4.1: a created job is among the user's training jobs. */
    public static void listed(TrackedJob job, Walk jobsOfUser) {
        if (!jobsOfUser.ids().contains(job.id())) {
            if (!jobsOfUser.complete()) {
                throw new KitError("the suite read " + jobsOfUser.extent() + ", and " + job + " is not among them");
            }
            throw new AssertionError(job + " is not listed by GET /trainjob (7.4.1)");
        }
    }

    /** Reading R-delete-rules: a deleted job is no longer listed; R-online-job: online jobs never are. */
    public static void notListed(TrackedJob job, Walk jobsOfUser) {
        if (jobsOfUser.ids().contains(job.id())) {
            throw new AssertionError(job + " is listed by GET /trainjob");
        }
        if (!jobsOfUser.complete()) {
            throw new KitError("the suite read only " + jobsOfUser.extent() + ", among which " + job + " is not");
        }
    }

    /** 7.4.2: a user's list holds that user's jobs only, so not the job of {@code owner}. */
    public static void notListedFor(TrackedJob job, Walk jobsOfOther, String owner, String other) {
        if (jobsOfOther.ids().contains(job.id())) {
            throw new AssertionError(job + " of " + owner + " is listed by GET /trainjob for " + other
                    + " (7.4.2: the current user's jobs only)");
        }
        if (!jobsOfOther.complete()) {
            throw new KitError("the suite read only " + jobsOfOther.extent() + " of the second user");
        }
    }

    /** The entry of the job in the user's list; not listed fails, not among what the suite read is the kit's. */
    public static JsonNode entryOf(TrackedJob job, Walk jobsOfUser) {
        Optional<JsonNode> entry = jobsOfUser.items().stream()
                .filter(item -> job.id().equals(item.at("/metadata/id").asText(null))).findFirst();
        if (entry.isEmpty() && jobsOfUser.complete()) {
            throw new AssertionError(job + " is not listed by GET /trainjob");
        }
        return entry.orElseThrow(() -> new KitError("the user has more training jobs than the suite reads, and "
                + job + " is not among them"));
    }

    /** A.39, reading R-user-isolation: every job listed for one user carries that user's id. */
    public static void oneUserId(Set<String> userIds) {
        if (userIds.size() > 1) {
            throw new AssertionError("the training jobs listed for one user carry the user ids " + userIds
                    + " (A.39 userId, reading R-user-isolation)");
        }
    }

    /** A job listed is a job of the user: its detail is served. */
    public static void detailServed(String id, ApiResponse detail) {
        if (detail.status() / 100 != 2) {
            throw new AssertionError("the training job " + id + " is listed, but its detail answers HTTP "
                    + detail.status() + ": " + Exchange.cut(detail.text()));
        }
    }

    /** Reading R-job-filters: a job listed under a value of centerId or processor has its tasks there, or on it. */
    public static void tasksMeetTheFilter(String id, String parameter, String value, Set<String> taskValues) {
        if (!taskValues.equals(Set.of(value))) {
            throw new AssertionError("the training job " + id + " is listed under " + parameter + "=" + value
                    + ", but its tasks show " + parameter + " " + taskValues + " (reading R-job-filters)");
        }
    }

    /** Reading R-job-filters: a job whose tasks show a value is listed under that value. */
    public static void listedUnderTheFilter(String id, String parameter, String value, Walk filtered) {
        if (!filtered.ids().contains(id)) {
            throw new AssertionError("the training job " + id + " has tasks with " + parameter + " " + value
                    + ", but is not listed under " + parameter + "=" + value + " (reading R-job-filters)");
        }
    }

    /** 6.3.4: every state the job was seen in is a state of table 4, and it was seen in one. */
    public static void statesOfTable4(TrackedJob job) {
        for (String state : job.states()) {
            if (!Standard.JOB_STATES.contains(state)) {
                throw new AssertionError(job + " was seen in the state '" + state + "', which is none of 6.3.4 "
                        + Standard.JOB_STATES + "; states seen: " + job.states());
            }
        }
        if (job.states().isEmpty()) {
            throw new AssertionError(job + " was never seen with a status");
        }
    }

    /** 6.3.4: the job's states only moved forward, and it ended in {@code state}. */
    public static void movedForwardEnding(TrackedJob job, String state) {
        movedForward(job);
        String last = job.lastState().orElse("none");
        if (!last.equals(state)) {
            throw new AssertionError(job + " created with the command '" + job.config(JobFields.COMMAND).asText()
                    + "' ended " + last + ", expected " + state + " (6.3.4); states seen: " + job.states());
        }
    }

    /**
     * 6.3.4: after its creation a job is PENDING or RUNNING while its command runs, and it reaches RUNNING; a job that
     * ended first did not run the long command long enough, the kit's problem.
     */
    public static void pendingUntilRunning(TrackedJob job, String longCommand) {
        movedForward(job);
        List<String> states = job.states();
        int running = states.indexOf("RUNNING");
        if (running < 0) {
            if (job.ended()) {
                throw new KitError(job + " ended " + job.lastState().orElse("") + " before it was seen RUNNING: is "
                        + "the configured long command '" + longCommand + "' long? states seen: " + states);
            }
            throw new AssertionError(job + " was never seen RUNNING; states seen: " + states);
        }
        for (String state : states.subList(0, running)) {
            if (!state.equals("PENDING")) {
                throw new AssertionError(job + " was " + state + " before it was RUNNING; states seen: " + states);
            }
        }
    }

    /** Reading R-time-format makes both times sort as strings: a job is not stopped before it was created. */
    public static void stoppedNotBeforeCreated(String stoppedTime, String createTime) {
        if (stoppedTime.compareTo(createTime) < 0) {
            throw new AssertionError("stoppedTime " + stoppedTime + " is before the job's createTime " + createTime);
        }
    }

    /** A refused request changes nothing: the job is still PENDING or RUNNING. */
    public static void stillPendingOrRunning(TrackedJob job, String status) {
        if (!Standard.STOPPABLE_STATES.contains(status)) {
            throw new AssertionError(job + " is " + status + " after the refused request; it was PENDING or RUNNING"
                    + " and nothing may have changed it");
        }
    }

    /** A.60: metadata.url of an online job is the absolute URL of its service. */
    public static void serviceUrl(String url) {
        if (!url.matches("(?i)https?://\\S+")) {
            throw new AssertionError("metadata.url of an online job is the absolute URL of its service (A.60), got '"
                    + url + "'");
        }
    }

    /** A.54: the results of a finished job with output files are not an empty stream. */
    public static void resultsNotEmpty(byte[] results) {
        if (results.length == 0) {
            throw new AssertionError("the results of a finished job with output files are an empty stream (A.54)");
        }
    }

    /** 6.3.4: PENDING, then RUNNING, then one final state; UNKNOWN (the platform cannot tell) breaks no order. */
    private static void movedForward(TrackedJob job) {
        job.anomaly().ifPresent(anomaly -> {
            throw new AssertionError("while the suite followed " + job + ", " + anomaly + "; states seen: "
                    + job.states());
        });
        int rank = 0;
        String finalState = null;
        for (String state : job.states()) {
            if (state.equals("UNKNOWN")) {
                continue;
            }
            int next = Standard.FINAL_STATES.contains(state) ? 2 : Standard.STOPPABLE_STATES.indexOf(state);
            if (next < rank || finalState != null && !finalState.equals(state)) {
                throw new AssertionError(job + " moved backwards: states seen " + job.states()
                        + " (6.3.4: PENDING, RUNNING, then the state it ends in)");
            }
            rank = next;
            finalState = next == 2 ? state : null;
        }
    }
}
