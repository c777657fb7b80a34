package org.aicnet.server.deviations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.security.RouteRole;
import org.aicnet.server.http.Access;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.RouteDecorator;
import org.aicnet.server.http.Times;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.ErrorCode;
import org.aicnet.server.deviations.RouteEdits.AnswerEdit;
import org.aicnet.server.deviations.RouteEdits.BodyEdit;
import org.aicnet.server.deviations.RouteEdits.ErrorEdit;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The faults that change one route of annex A: what it answers on success ({@link AnswerEdit}), which error it
 * answers ({@link ErrorEdit}), or whether it needs a token, as {@link RouteEdits}, built once, at start-up.
 */
final class RouteFaults {

    private static final RouteRole[] NO_ROLES = new RouteRole[0];
    private static final RouteRole[] PUBLIC = {Access.PUBLIC};
    private static final int BAD_GATEWAY = 502;

    private final RouteEdits edits = new RouteEdits();

    private RouteFaults() {
    }

    static RouteDecorator of(Set<Fault> faults) {
        RouteFaults routes = new RouteFaults();
        faults.forEach(routes::register);
        return routes.edits;
    }

    private void register(Fault fault) {
        switch (fault) {
            case TOKEN_EXPIRY_IN_ISO_8601 -> body(fault, token -> token.put("expiresAt",
                    token.get("expiresAt").asText().replace(' ', 'T') + "+08:00"));
            case LOGIN_MISSING_FIELD_AS_500, JOB_MISSING_FIELD_AS_500 -> error(fault, e ->
                    e.errorCode() == ErrorCode.PARAMETER_MISSING
                            ? ErrorCode.SCHEDULER_FAILURE.exception(e.getMessage()) : e);
            case IMAGES_WITHOUT_TOKEN -> edits.roles(fault.endpoint(), PUBLIC);
            case CENTERS_WITHOUT_PROVINCE -> body(fault, list -> each(list, "centers",
                    center -> center.remove("province")));
            case CENTERS_CONNECTED_AS_STRING -> body(fault, list -> each(list, "centers",
                    center -> center.put("connected", center.get("connected").asText())));
            case CENTERS_TOTAL_SIZE_OF_PAGE -> body(fault, list -> list.put("totalSize", list.get("centers").size()));
            case CENTERS_JSON_AS_TEXT -> answer(fault, ctx -> ctx.contentType("text/plain; charset=utf-8"));
            case SPECS_PROCESSOR_MEMORY_WITH_UNIT -> body(fault, list -> each(list, "resourceSpecs", spec -> {
                ObjectNode processor = (ObjectNode) spec.get("processor");
                processor.put("processorMemory", processor.get("processorMemory").asText() + "GiB");
            }));
            case IDLE_NODES_NOT_COUNTED_TOGETHER -> body(fault, idle -> each(idle, "centerResources",
                    RouteFaults::oneEntryPerNode));
            case IDLE_MEMORY_WITHOUT_UNIT -> body(fault, idle -> each(idle, "centerResources", center -> {
                withoutMemoryUnit(center.get("totalResource"));
                withoutMemoryUnit(center.get("idleResource"));
                center.get("nodeResources").forEach(node -> withoutMemoryUnit(node.get("resourceSpec")));
            }));
            case IMAGES_CREATE_TIME_IN_MILLIS -> body(fault, list -> each(list, "images", image -> image.put(
                    "createTime", Times.parse(image.get("createTime").asText()).orElseThrow()
                            .toInstant(ZoneOffset.ofHours(8)).toEpochMilli())));
            case IMAGES_PAGE_PAST_THE_END_REFUSED -> body(fault, list -> {
                if (list.get("images").isEmpty() && list.get("totalSize").asLong() > 0) {
                    throw ErrorCode.PARAMETER_RANGE.exception(Api.PAGE + " is past the last page");
                }
            });
            case IMAGES_PROCESSOR_IN_LOWER_CASE -> body(fault, list -> each(list, "images", image -> image.put(
                    "processor", image.get("processor").asText().toLowerCase(Locale.ROOT))));
            case DATASETS_SIZE_HUMAN_READABLE -> body(fault, list -> each(list, "datasets", dataset -> dataset.put(
                    "size", String.format(Locale.ROOT, "%.1f MiB", dataset.get("size").asLong() / 1048576.0))));
            case UPLOAD_ANSWERS_DATASET_ID -> body(fault, uploaded -> uploaded.set("datasetId",
                    uploaded.remove("id")));
            case JOB_DESC_TOO_LONG_AS_0206 -> error(fault, e -> e.errorCode() == ErrorCode.JOB_DESC_LENGTH
                    ? ErrorCode.JOB_NAME_LENGTH.exception(e.getMessage()) : e);
            case JOB_STATUS_IN_LOWER_CASE -> body(fault, job -> job.put("status",
                    job.get("status").asText().toLowerCase(Locale.ROOT)));
            case JOB_CREATED_WITHOUT_USER_ID -> body(fault, job -> ((ObjectNode) job.get("metadata")).remove("userId"));
            case JOB_LIST_TOTAL_SIZE_OF_PAGE -> body(fault, list -> list.put("totalSize", list.get("items").size()));
            case JOB_DETAIL_WITHOUT_CENTER_NAME -> body(fault, job -> each(job, "tasks",
                    task -> task.remove("centerName")));
            case STOPPED_JOB_SHOWS_RUNNING -> body(fault, job -> {
                if (job.get("status").asText().equals("STOPPED")) {
                    job.put("status", "RUNNING");
                }
            });
            case UNKNOWN_JOB_AS_404 -> error(fault, e -> e.errorCode() == ErrorCode.JOB_NOT_FOUND
                    ? ErrorCode.JOB_NOT_FOUND.exception(404, e.getMessage()) : e);
            case STOP_WITHOUT_STOPPED_TIME -> body(fault, stopped -> stopped.remove("stoppedTime"));
            case DELETE_ANSWERS_A_BODY -> answer(fault, ctx -> ctx.status(200)
                    .json(Map.of(Api.ID, ctx.pathParam(Api.ID))).contentType(Json.CONTENT_TYPE));
            case LOG_URL_RELATIVE -> body(fault, link -> link.put("logUrl",
                    link.get("logUrl").asText().replaceFirst("^[a-zA-Z]+://[^/]+", "")));
            case LOG_URL_UNKNOWN_TASK_AS_0240 -> error(fault, e -> e.errorCode() == ErrorCode.TASK_NOT_FOUND
                    ? ErrorCode.JOB_NOT_FOUND.exception(e.getMessage()) : e);
            case LOG_LINK_NEEDS_TOKEN -> edits.roles(fault.endpoint(), NO_ROLES);
            case ONLINE_JOB_SERVICE_UNREACHABLE -> {
                AnswerEdit badGateway = ctx -> ctx.status(BAD_GATEWAY).contentType("text/html")
                        .result("<html><body><h1>502 Bad Gateway</h1></body></html>");
                for (String path : List.of(Api.SERVICE, Api.SERVICE_PATH)) {
                    answerAt("GET " + path, badGateway);
                    answerAt("POST " + path, badGateway);
                }
            }
            case ONLINE_JOB_WITHOUT_URL -> body(fault, job -> ((ObjectNode) job.get("metadata")).remove("url"));
            default -> {
                // a fault of another hook: the query (QueryFaults), the error body (ErrorFaults) or a feature's rule
            }
        }
    }

    private void answer(Fault fault, AnswerEdit edit) {
        edits.answer(fault.endpoint(), edit);
    }

    private void answerAt(String route, AnswerEdit edit) {
        edits.answer(route, edit);
    }

    private void body(Fault fault, BodyEdit edit) {
        edits.body(fault.endpoint(), edit);
    }

    private void error(Fault fault, ErrorEdit edit) {
        edits.error(fault.endpoint(), edit);
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
