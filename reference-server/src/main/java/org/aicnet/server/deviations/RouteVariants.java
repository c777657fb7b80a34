package org.aicnet.server.deviations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aicnet.server.http.RouteDecorator;
import org.aicnet.server.standard.Api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The variants that change what one route of annex A answers, as {@link RouteEdits}, built once, at start-up. */
final class RouteVariants {

    /** Where a platform that resolves an image id to its address pulls the image from. */
    static final String REGISTRY = "registry.example.com/aicnet/";
    private static final String OTHER_HOST = "localhost";
    /** The line of the reference server's log that shows the task's command; the platform's lines end there. */
    private static final String COMMAND_LINE = "$ ";

    private RouteVariants() {
    }

    static RouteDecorator of(Set<Variant> active) {
        RouteEdits edits = new RouteEdits();
        String jobDetail = "GET " + Api.TRAIN_JOB;
        for (Variant variant : active) {
            switch (variant) {
                case TASKS_SHOW_BOTH_IMAGE_FIELDS -> edits.body(jobDetail, job -> RouteEdits.each(job, "tasks", task -> {
                    if (task.hasNonNull("imageId") && !task.hasNonNull("imageUrl")) {
                        task.put("imageUrl", REGISTRY + task.get("imageId").asText());
                    }
                }));
                case TASKS_WITHOUT_STATUS -> edits.body(jobDetail, job -> RouteEdits.each(job, "tasks",
                        task -> task.remove("status")));
                case IDLE_NODE_COUNT_AS_INTEGER -> edits.body("GET " + Api.IDLE, idle -> RouteEdits.each(idle,
                        "centerResources", center -> RouteEdits.each(center, "nodeResources", node ->
                                node.put("nodeCount", Integer.parseInt(node.get("nodeCount").asText())))));
                case EMPTY_LOG_OF_A_SILENT_TASK -> edits.answer("GET " + Api.SIGNED_LOG,
                        ctx -> ctx.result(commandOutput(ctx.resultInputStream())));
                case ONLINE_JOB_URL_ON_OTHER_HOST -> edits.body("POST " + Api.ONLINE_JOBS, job ->
                        onOtherHost((ObjectNode) job.get("metadata"), "url"));
                case LOG_URL_ON_OTHER_HOST -> edits.body("GET " + Api.TASK_LOG_URL, link -> onOtherHost(link, "logUrl"));
                default -> {
                    // a variant of another hook: the HTTP stack, the configuration, the error style, the job engine
                }
            }
        }
        return edits;
    }

    /** The lines of a log after the platform's own: its first line that starts with {@value #COMMAND_LINE}. */
    private static byte[] commandOutput(InputStream log) throws IOException {
        if (log == null) {
            return new byte[0];
        }
        try (log) {
            String text = new String(log.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            int command = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith(COMMAND_LINE))
                    .findFirst().orElse(-1);
            return lines.stream().skip(command + 1L).map(line -> line + "\n").collect(Collectors.joining())
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void onOtherHost(ObjectNode body, String field) {
        JsonNode url = body.get(field);
        body.put(field, url.asText().replaceFirst("^([a-zA-Z]+://)[^/:]+", "$1" + OTHER_HOST));
    }
}
