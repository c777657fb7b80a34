package org.aicnet.server.deviations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.security.RouteRole;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.deviations.RouteEdits.AnswerEdit;
import org.aicnet.server.deviations.RouteEdits.BodyEdit;
import org.aicnet.server.deviations.RouteEdits.ErrorEdit;
import org.aicnet.server.http.Access;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.Attachments;
import org.aicnet.server.http.ErrorStyle;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.http.Route;
import org.aicnet.server.jobs.CallerJobs;
import org.aicnet.server.jobs.JobFilter;
import org.aicnet.server.jobs.JobKind;
import org.aicnet.server.jobs.JobRules;
import org.aicnet.server.jobs.StoppedJob;
import org.aicnet.server.jobs.tasklogs.TaskLogSigner;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.Times;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;

/**
 * The implementation of every {@link Fault}, each in one arm of one switch over the catalog, so that the compiler
 * holds each fault to exactly one: an edit of its route's answers, errors or roles ({@link RouteEdits}), a change of
 * how its list route reads the query ({@link QueryPolicy}), of the error body, or a replaced rule of a route group.
 */
final class FaultDeviations {

    private static final RouteRole[] NO_ROLES = new RouteRole[0];
    private static final RouteRole[] PUBLIC = {Access.PUBLIC};
    private static final int BAD_GATEWAY = 502;
    private static final int WRONG_DEFAULT_PAGE_SIZE = 10;

    private FaultDeviations() {
    }

    static Deviation of(Fault fault) {
        Route route = fault.route().orElse(null);
        return switch (fault) {
            case TOKEN_EXPIRY_IN_ISO_8601 -> body(route, token -> token.put("expiresAt",
                    token.get("expiresAt").asText().replace(' ', 'T') + "+08:00"));
            case LOGIN_TAKES_ANY_AUTH_METHOD -> hooks -> hooks.auth(rules -> rules.withToleratedInLogIn(
                    violation -> violation.code() == ErrorCode.PARAMETER_VALUE
                            && violation.field().startsWith("/" + Api.AUTH_METHOD)));
            case LOGIN_OF_FROZEN_ACCOUNT -> hooks -> hooks.auth(rules -> rules.withLogInFreeze((failed, max) -> false));
            case LOGIN_MISSING_FIELD_AS_500, JOB_MISSING_FIELD_AS_500 -> error(route, e ->
                    e.errorCode() == ErrorCode.PARAMETER_MISSING
                            ? ApiException.of(ErrorCode.SCHEDULER_FAILURE, e.getMessage()) : e);
            case EXPIRED_TOKEN_AS_0101 -> errors(style -> style.replacingCode(ErrorCode.TOKEN_EXPIRED.code(),
                    ErrorCode.AUTHENTICATION_FAILED.code()));
            case IMAGES_WITHOUT_TOKEN -> hooks -> hooks.routes().replaceRoles(route, PUBLIC);
            case FROZEN_ACCOUNT_TOKENS_STILL_WORK -> hooks -> hooks.auth(rules ->
                    rules.withTokenFreeze((failed, max) -> false));
            case CENTERS_WITHOUT_PROVINCE -> body(route, list -> each(list, "centers",
                    center -> center.remove("province")));
            case CENTERS_CONNECTED_AS_STRING -> body(route, list -> each(list, "centers",
                    center -> center.put("connected", center.get("connected").asText())));
            case CENTERS_PROCESSOR_TYPE_FILTER_IGNORED -> query(route,
                    policy -> policy.ignoring(ListQueries.PROCESSOR_TYPE));
            case CENTERS_ORDER_INVERTED -> query(route, QueryPolicy::invertingOrder);
            case CENTERS_TOTAL_SIZE_OF_PAGE -> body(route, list -> list.put("totalSize", list.get("centers").size()));
            case CENTERS_JSON_AS_TEXT -> answer(route, ctx -> ctx.contentType("text/plain; charset=utf-8"));
            case SPECS_DEFAULT_PAGE_SIZE_10 -> query(route,
                    policy -> policy.withDefaultPageSize(WRONG_DEFAULT_PAGE_SIZE));
            case SPECS_CENTER_FILTER_IGNORED, IDLE_CENTER_FILTER_IGNORED -> query(route,
                    policy -> policy.ignoring(ListQueries.CENTER_ID));
            case SPECS_UNKNOWN_SORT_ACCEPTED -> query(route, QueryPolicy::acceptingUnknownSort);
            case SPECS_PAGES_COUNTED_FROM_0 -> query(route, policy -> policy.countingPagesFrom(0));
            case SPECS_PROCESSOR_MEMORY_WITH_UNIT -> body(route, list -> each(list, "resourceSpecs", spec -> {
                ObjectNode processor = (ObjectNode) spec.get("processor");
                processor.put("processorMemory", processor.get("processorMemory").asText() + "GiB");
            }));
            case IDLE_NODES_NOT_COUNTED_TOGETHER -> body(route, idle -> each(idle, "centerResources",
                    FaultDeviations::oneEntryPerNode));
            case IDLE_MEMORY_WITHOUT_UNIT -> body(route, idle -> each(idle, "centerResources", center -> {
                withoutMemoryUnit(center.get("totalResource"));
                withoutMemoryUnit(center.get("idleResource"));
                center.get("nodeResources").forEach(node -> withoutMemoryUnit(node.get("resourceSpec")));
            }));
            case IMAGES_CREATE_TIME_IN_MILLIS -> body(route, list -> each(list, "images", image -> image.put(
                    "createTime", Times.parse(image.get("createTime").asText()).orElseThrow()
                            .toInstant(ZoneOffset.ofHours(8)).toEpochMilli())));
            case IMAGES_PROCESSOR_FILTER_IGNORED -> query(route, policy -> policy.ignoring(ListQueries.PROCESSOR));
            case IMAGES_ORDER_IGNORED -> query(route, policy -> policy.ignoring(ListQueries.ORDER));
            case IMAGES_TIME_RANGE_UNCHECKED -> query(route, QueryPolicy::withoutTimeRangeCheck);
            case IMAGES_PAGE_PAST_THE_END_REFUSED -> body(route, list -> {
                if (list.get("images").isEmpty() && list.get("totalSize").asLong() > 0) {
                    throw ApiException.of(ErrorCode.PARAMETER_RANGE, ListQueries.PAGE + " is past the last page");
                }
            });
            case IMAGES_PROCESSOR_IN_LOWER_CASE -> body(route, list -> each(list, "images", image -> image.put(
                    "processor", image.get("processor").asText().toLowerCase(Locale.ROOT))));
            case DATASETS_OVERLAPPING_PAGES -> query(route, policy -> policy.overlappingPages(1));
            case DATASETS_QUERY_SEARCHES_TITLE_ONLY -> hooks -> hooks.datasets(rules ->
                    rules.withSearchedColumns(List.of("title")));
            case DATASETS_SIZE_HUMAN_READABLE -> body(route, list -> each(list, "datasets", dataset -> dataset.put(
                    "size", String.format(Locale.ROOT, "%.1f MiB", dataset.get("size").asLong() / 1048576.0))));
            case DATASETS_ASCENDING_BY_DEFAULT -> query(route, QueryPolicy::ascendingByDefault);
            case UPLOAD_MD5_NOT_VERIFIED -> hooks -> hooks.datasets(rules ->
                    rules.withMd5Matches((received, declared) -> true));
            case UPLOAD_TITLE_OPTIONAL -> hooks -> hooks.datasets(rules -> rules.withOptionalFields(
                    Stream.concat(rules.optionalFields().stream(), Stream.of(Api.TITLE)).toList()));
            case UPLOAD_ANSWERS_DATASET_ID -> body(route, uploaded -> uploaded.set("datasetId",
                    uploaded.remove("id")));
            case JOB_NAME_TAKEN_ANSWERS_EXISTING_JOB -> jobs(rules -> rules.withTakenName((jobs, request) ->
                    jobs.named(request.userId(), JobKind.TRAINING, request.name())));
            case JOB_NAME_CHARACTERS_UNCHECKED -> jobs(rules -> rules.withTrainingRequests(requests ->
                    requests.withTolerated(violation -> violation.code() == ErrorCode.JOB_NAME_CHARACTERS)));
            case JOB_DESC_TOO_LONG_AS_0206 -> error(route, e -> e.errorCode() == ErrorCode.JOB_DESC_LENGTH
                    ? ApiException.of(ErrorCode.JOB_NAME_LENGTH, e.getMessage()) : e);
            case JOB_STATUS_IN_LOWER_CASE -> body(route, job -> job.put("status",
                    job.get("status").asText().toLowerCase(Locale.ROOT)));
            case JOB_ZERO_NODES_AS_ONE -> jobs(rules -> rules.withTrainingRequests(requests -> requests.withConfig(
                    JobBodies::zeroNodesAsOne)));
            case JOB_CREATED_WITHOUT_USER_ID -> body(route, job -> ((ObjectNode) job.get("metadata")).remove("userId"));
            case JOB_NODE_COUNT_AS_STRING_ACCEPTED -> jobs(rules -> rules.withTrainingRequests(requests ->
                    requests.withConfig(JobBodies::digitsAsInteger)));
            case JOB_LIST_SHOWS_OTHER_USERS_JOBS -> jobs(rules -> rules.withListed(filter -> rules.listed().apply(
                    new JobFilter(null, filter.kind(), filter.centerId(), filter.processor(), filter.status(),
                            filter.created()))));
            case JOB_LIST_STATUS_FILTER_IGNORED -> query(route, policy -> policy.ignoring(ListQueries.STATUS));
            case JOB_LIST_SORT_IGNORED -> query(route, policy -> policy.ignoring(ListQueries.SORT));
            case JOB_LIST_TOTAL_SIZE_OF_PAGE -> body(route, list -> list.put("totalSize", list.get("items").size()));
            case JOB_LIST_PAGE_SIZE_UNBOUNDED -> query(route, policy -> policy.withMaxPageSize(Integer.MAX_VALUE));
            case JOB_LIST_SHOWS_ONLINE_JOBS -> jobs(rules -> rules.withListed(filter -> rules.listed().apply(
                    new JobFilter(filter.userId(), null, filter.centerId(), filter.processor(), filter.status(),
                            filter.created()))));
            case JOB_DETAIL_OF_OTHER_USER -> jobs(rules -> rules.withDetail((ctx, jobs) ->
                    jobs.find(ctx.pathParam(Api.ID)).orElseThrow(CallerJobs::notFound)));
            case JOB_DETAIL_WITHOUT_CENTER_NAME -> body(route, job -> each(job, "tasks",
                    task -> task.remove("centerName")));
            case STOPPED_JOB_SHOWS_RUNNING -> body(route, job -> {
                if (job.get("status").asText().equals(JobStatus.STOPPED.name())) {
                    job.put("status", JobStatus.RUNNING.name());
                }
            });
            case UNKNOWN_JOB_AS_404 -> error(route, e -> e.errorCode() == ErrorCode.JOB_NOT_FOUND
                    ? ApiException.of(ErrorCode.JOB_NOT_FOUND, 404, e.getMessage()) : e);
            case STOP_OF_ENDED_JOB_ACCEPTED -> jobs(rules -> rules.withStop((job, scheduler) ->
                    job.status().stoppable() ? rules.stop().stop(job, scheduler) : Optional.of(
                            new StoppedJob(job.id(), JobStatus.STOPPED, Times.format(scheduler.now())))));
            case STOP_WITHOUT_STOPPED_TIME -> body(route, stopped -> stopped.remove("stoppedTime"));
            case DELETE_OF_RUNNING_JOB_ACCEPTED -> jobs(rules -> rules.withDeletion((job, scheduler) -> {
                if (job.status().stoppable()) {
                    scheduler.stop(job.id());
                }
                return rules.deletion().delete(job, scheduler);
            }));
            case DELETED_JOB_STILL_READABLE -> jobs(rules -> rules.withDeletion((job, scheduler) ->
                    job.status().deletable() || rules.deletion().delete(job, scheduler)));
            case DELETE_ANSWERS_A_BODY -> answer(route, ctx -> ctx.status(200)
                    .json(Map.of(Api.ID, ctx.pathParam(Api.ID))).contentType(Json.CONTENT_TYPE));
            case LOG_URL_RELATIVE -> body(route, link -> link.put("logUrl",
                    link.get("logUrl").asText().replaceFirst("^[a-zA-Z]+://[^/]+", "")));
            case LOG_URL_ANY_CONTENT_TYPE -> hooks -> hooks.taskLogs(rules -> rules.withMoreContentTypes(type -> true));
            case LOG_URL_UNKNOWN_TASK_AS_0240 -> error(route, e -> e.errorCode() == ErrorCode.TASK_NOT_FOUND
                    ? ApiException.of(ErrorCode.JOB_NOT_FOUND, e.getMessage()) : e);
            case LOG_LINK_NEEDS_TOKEN -> hooks -> hooks.routes().replaceRoles(route, NO_ROLES);
            case LOG_LINK_NEVER_EXPIRES -> verdict(TaskLogSigner.Verdict.EXPIRED);
            case LOG_LINK_SIGNATURE_UNCHECKED -> verdict(TaskLogSigner.Verdict.TAMPERED);
            case DOWNLOAD_AS_JSON -> jobs(rules -> rules.withResultMediaType(Json.CONTENT_TYPE));
            case DOWNLOAD_OF_RUNNING_JOB_ACCEPTED -> jobs(rules -> rules.withUnfinished(
                    (ctx, job, fileName, mediaType) -> {
                        Attachments.send(ctx, fileName, mediaType);
                        ZipOutputStream empty = new ZipOutputStream(ctx.outputStream());
                        empty.finish();
                        empty.flush();
                    }));
            case ONLINE_JOB_WITHOUT_URL -> body(route, job -> ((ObjectNode) job.get("metadata")).remove("url"));
            case ONLINE_JOB_NAMES_SHARED_WITH_TRAINING -> jobs(rules ->
                    rules.withOnlineNameSpaces(List.of(JobKind.TRAINING)));
            case ONLINE_JOB_SERVICE_UNREACHABLE -> hooks -> {
                AnswerEdit badGateway = ctx -> ctx.status(BAD_GATEWAY).contentType("text/html")
                        .result("<html><body><h1>502 Bad Gateway</h1></body></html>");
                for (String path : List.of(Api.SERVICE, Api.SERVICE_PATH)) {
                    hooks.routes().answer(Route.get(path), badGateway);
                    hooks.routes().answer(Route.post(path), badGateway);
                }
            };
            case ERROR_BODY_CODE_AND_MESSAGE -> errors(style -> style.withFields("code", "message"));
            case ERROR_CODE_AS_NUMBER -> errors(style -> style.withNumericCode());
            case UNKNOWN_PATH_AS_400 -> errors(style -> style.withUnknownPathStatus(400));
            case WRONG_METHOD_WITHOUT_ALLOW -> errors(style -> style.withoutAllowHeader());
        };
    }

    private static Deviation answer(Route route, AnswerEdit edit) {
        return hooks -> hooks.routes().answer(route, edit);
    }

    private static Deviation body(Route route, BodyEdit edit) {
        return hooks -> hooks.routes().body(route, edit);
    }

    private static Deviation error(Route route, ErrorEdit edit) {
        return hooks -> hooks.routes().error(route, edit);
    }

    private static Deviation query(Route route, UnaryOperator<QueryPolicy> change) {
        return hooks -> hooks.query(route, change);
    }

    private static Deviation errors(UnaryOperator<ErrorStyle> change) {
        return hooks -> hooks.errors(change);
    }

    private static Deviation jobs(UnaryOperator<JobRules> change) {
        return hooks -> hooks.jobs(change);
    }

    /** A log link of this verdict serves the log as a valid one does. */
    private static Deviation verdict(TaskLogSigner.Verdict served) {
        return hooks -> hooks.taskLogs(rules -> rules.withVerdicts(verdict -> {
            TaskLogSigner.Verdict taken = rules.verdicts().apply(verdict);
            return taken == served ? TaskLogSigner.Verdict.VALID : taken;
        }));
    }

    private static void each(ObjectNode body, String arrayField, BodyEdit edit) {
        RouteEdits.each(body, arrayField, edit);
    }

    /** A.17 counts nodes of identical idle resources together; this lists each node on its own. */
    private static void oneEntryPerNode(ObjectNode center) {
        List<JsonNode> nodes = new ArrayList<>();
        for (JsonNode group : center.get("nodeResources")) {
            for (int i = 0; i < Integer.parseInt(group.get("nodeCount").asText()); i++) {
                nodes.add(((ObjectNode) group.deepCopy()).put("nodeCount", "1"));
            }
        }
        center.putArray("nodeResources").addAll(nodes);
    }

    private static void withoutMemoryUnit(JsonNode resources) {
        ((ObjectNode) resources.get("memory")).remove("memoryUnit");
    }
}
