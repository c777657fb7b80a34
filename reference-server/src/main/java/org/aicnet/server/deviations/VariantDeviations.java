package org.aicnet.server.deviations;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.config.AuthSettings;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.config.ServerSettings;
import org.aicnet.server.deviations.RouteEdits.BodyEdit;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.Route;
import org.aicnet.server.jobs.JobIds;
import org.aicnet.server.jobs.JobKind;
import org.aicnet.server.standard.Api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The implementation of every {@link Variant}, each in one arm of one switch over the catalog, so that the compiler
 * holds each variant to exactly one: the HTTP stack's settings and the handlers around every request, set up as
 * Javalin is configured, never inside a handler; an edit of one route's answers ({@link RouteEdits}); the error
 * messages; the configuration the server runs; or a replaced rule of the job engine.
 */
final class VariantDeviations {

    static final String BASE_PATH = "/api/v1";
    /** Where a platform that resolves an image id to its address pulls the image from. */
    static final String REGISTRY = "registry.example.com/aicnet/";
    private static final String OTHER_HOST = "localhost";
    /** The line of the reference server's log that shows the task's command; the platform's lines end there. */
    private static final String COMMAND_LINE = "$ ";
    private static final int LENGTH_REQUIRED = 411;
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(20);
    private static final Duration PENDING_AT_LEAST = Duration.ofSeconds(3);

    private VariantDeviations() {
    }

    static Deviation of(Variant variant) {
        Route jobDetail = Route.get(Api.TRAIN_JOB);
        return switch (variant) {
            case CHUNKED_REQUEST_BODIES_REFUSED -> hooks -> hooks.javalin(javalin -> javalin.routes.before(ctx -> {
                String coding = ctx.header("Transfer-Encoding");
                if (coding != null && coding.toLowerCase(Locale.ROOT).contains("chunked")) {
                    throw ApiException.of(ErrorCode.PARAMETER_TYPE, LENGTH_REQUIRED,
                            "a request body needs a Content-Length; chunked bodies are not read");
                }
            }));
            case GZIP_EVERY_ANSWER -> hooks -> hooks.javalin(VariantDeviations::gzip);
            case CONNECTION_CLOSE -> hooks -> hooks.javalin(javalin -> javalin.routes.after(ctx ->
                    ctx.header("Connection", "close")));
            case ETAGS -> hooks -> hooks.javalin(javalin -> javalin.http.generateEtags = true);
            case EXTRA_HEADERS -> hooks -> hooks.javalin(javalin -> javalin.routes.after(ctx -> ctx
                    .header("X-Request-Id", UUID.randomUUID().toString())
                    .header("Cache-Control", "no-store").header("Access-Control-Allow-Origin", "*")));
            case PRETTY_PRINTED_JSON -> hooks -> hooks.json(json -> json.writing(writer ->
                    writer.withDefaultPrettyPrinter()));
            case EXTRA_FIELDS_IN_EVERY_ANSWER -> hooks -> hooks.json(JsonAnswers::withExtraField);
            case FIELDS_IN_REVERSE_ORDER -> hooks -> hooks.json(JsonAnswers::reversingFields);
            case NON_ASCII_ESCAPED -> hooks -> hooks.json(json -> json.writing(writer ->
                    writer.with(JsonWriteFeature.ESCAPE_NON_ASCII)));
            case ERROR_MESSAGES_IN_CHINESE -> hooks -> hooks.errors(style ->
                    style.withMessages((row, detail) -> row.description()));
            case TASKS_SHOW_BOTH_IMAGE_FIELDS -> body(jobDetail, job -> RouteEdits.each(job, "tasks", task -> {
                if (task.hasNonNull("imageId") && !task.hasNonNull("imageUrl")) {
                    task.put("imageUrl", REGISTRY + task.get("imageId").asText());
                }
            }));
            case TASKS_WITHOUT_STATUS -> body(jobDetail, job -> RouteEdits.each(job, "tasks",
                    task -> task.remove("status")));
            case IDLE_NODE_COUNT_AS_INTEGER -> body(Route.get(Api.IDLE), idle -> RouteEdits.each(idle,
                    "centerResources", center -> RouteEdits.each(center, "nodeResources", node ->
                            node.put("nodeCount", Integer.parseInt(node.get("nodeCount").asText())))));
            case EMPTY_LOG_OF_A_SILENT_TASK -> hooks -> hooks.routes().answer(Route.get(Api.SIGNED_LOG),
                    ctx -> ctx.result(commandOutput(ctx.resultInputStream())));
            case API_UNDER_BASE_PATH -> hooks -> hooks.basePath(BASE_PATH);
            case ONLINE_JOB_URL_ON_OTHER_HOST -> body(Route.post(Api.ONLINE_JOBS), job ->
                    onOtherHost((ObjectNode) job.get("metadata"), "url"));
            case LOG_URL_ON_OTHER_HOST -> body(Route.get(Api.TASK_LOG_URL), link -> onOtherHost(link, "logUrl"));
            case TOKENS_LIVE_20_SECONDS -> hooks -> hooks.config(config -> withAuth(config,
                    new AuthSettings(TOKEN_LIFETIME, config.auth().maxFailedLogins())));
            case TIMES_IN_UTC -> hooks -> hooks.config(config -> withServer(config, new ServerSettings(
                    config.server().host(), config.server().port(), "UTC", config.server().publicUrl(),
                    config.server().limits())));
            case UUID_JOB_IDS -> hooks -> hooks.jobs(rules -> rules.withIds(new JobIds() {
                @Override
                public String job(JobKind kind, long sequence) {
                    return UUID.randomUUID().toString().replace("-", "");
                }

                @Override
                public String task(int index) {
                    return rules.ids().task(index);
                }
            }));
            case UUID_DATASET_IDS -> hooks -> hooks.datasets(rules -> rules.withUploadIds(
                    () -> UUID.randomUUID().toString()));
            case TASK_IDS_OF_ANOTHER_SHAPE -> hooks -> hooks.jobs(rules -> rules.withIds(new JobIds() {
                @Override
                public String job(JobKind kind, long sequence) {
                    return rules.ids().job(kind, sequence);
                }

                @Override
                public String task(int index) {
                    return "worker-" + (index + 1);
                }
            }));
            case JOB_STAYS_PENDING -> hooks -> hooks.jobs(rules -> rules.withPendingAtLeast(PENDING_AT_LEAST));
        };
    }

    private static Deviation body(Route route, BodyEdit edit) {
        return hooks -> hooks.routes().body(route, edit);
    }

    private static void gzip(JavalinConfig javalin) {
        CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
        gzip.setDefaultMinSizeForCompression(0);
        // files (the result archive, a log as an attachment) go as they are, with their Content-Length
        List<String> excluded = new ArrayList<>(gzip.getExcludedMimeTypes());
        excluded.add("application/octet-stream");
        gzip.setExcludedMimeTypes(excluded);
        javalin.http.compressionStrategy = gzip;
    }

    private static NetworkConfig withAuth(NetworkConfig config, AuthSettings auth) {
        return new NetworkConfig(config.server(), config.store(), auth, config.jobs(), config.datasets(),
                config.specs(), config.centers(), config.images(), config.publicDatasets(), config.accounts(),
                config.faults(), config.variants());
    }

    private static NetworkConfig withServer(NetworkConfig config, ServerSettings server) {
        return new NetworkConfig(server, config.store(), config.auth(), config.jobs(), config.datasets(),
                config.specs(), config.centers(), config.images(), config.publicDatasets(), config.accounts(),
                config.faults(), config.variants());
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
