package org.aicnet.server.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.server.auth.Principal;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.capacity.Capacity;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.config.ImageConfig;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.config.SpecConfig;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.JsonBody;
import org.aicnet.server.http.RequestSchema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the body of POST /trainjob (A.31, A.32) and POST /onlineJob (A.57, A.58 and config.port) into a
 * {@link NewJob}: checked against trainjob-create-request.json or onlinejob-create-request.json in the order of reading
 * R-check-order (missing fields 0203, JSON types 0201, values 0205, 0206, 0207, 0204, 0220), then against the network
 * (0210, 0211, 0221, and nodeCount against the centers' nodes). The name conflict (0208) is found last, when the job
 * is stored.
 */
final class JobRequests {

    private static final Map<JobKind, RequestSchema> SCHEMAS = Map.of(
            JobKind.TRAINING, RequestSchema.of(TableSchemas.TRAINJOB_CREATE_REQUEST),
            JobKind.ONLINE, RequestSchema.of(TableSchemas.ONLINEJOB_CREATE_REQUEST));
    // A.32: nodeCount defaults to 1; reading R-online-port: config.port defaults to 8080.
    private static final int DEFAULT_NODE_COUNT = 1;
    private static final int DEFAULT_PORT = 8080;

    private final NetworkConfig config;
    private final Capacity capacity;
    private final Scheduler scheduler;
    private final Map<String, CenterConfig> centers;
    private final Map<String, SpecConfig> specs;
    private final Map<String, ImageConfig> images;
    private final JobRules.RequestRules rules;

    /** {@code rules}: how the bodies this reads are read where the checks allow a choice (JobRules). */
    JobRequests(JobEngine engine, JobRules.RequestRules rules) {
        this.config = engine.config();
        this.capacity = engine.capacity();
        this.scheduler = engine.scheduler();
        this.rules = rules;
        this.centers = byId(config.centers(), CenterConfig::id);
        this.specs = byId(config.specs(), SpecConfig::id);
        this.images = byId(config.images(), ImageConfig::id);
    }

    NewJob read(Context ctx, JobKind kind) {
        JsonNode sent = JsonBody.of(ctx).node();
        if (sent.path(JobFields.CONFIG) instanceof ObjectNode sentConfig) {
            rules.config().accept(sentConfig);
        }
        JsonNode body = SCHEMAS.get(kind).check(sent, rules.tolerated());
        JsonNode job = body.get(JobFields.CONFIG);

        String name = body.get(JobFields.JOB_NAME).asText();
        String desc = body.path(JobFields.JOB_DESC).asText("");
        List<String> centerIds = new ArrayList<>();
        job.path(JobFields.CENTER_ID).forEach(id -> centerIds.add(id.asText()));
        String specId = job.get(JobFields.SPEC_ID).asText();
        long nodeCount = job.path(JobFields.NODE_COUNT).asLong(DEFAULT_NODE_COUNT);
        // Reading R-image: an empty imageId is not given; when both are given, imageId wins.
        Optional<String> imageId = text(job, JobFields.IMAGE_ID).filter(text -> !text.isEmpty());
        Optional<String> imageUrl = text(job, JobFields.IMAGE_URL).filter(text -> !text.isEmpty());
        String command = text(job, JobFields.COMMAND).orElse(null);
        Integer port = kind == JobKind.ONLINE ? job.path(JobFields.PORT).asInt(DEFAULT_PORT) : null;

        List<String> candidates = allowedCenters(centerIds);
        SpecConfig spec = specs.get(specId);
        if (spec == null) {
            throw ApiException.of(ErrorCode.SPEC_UNAVAILABLE, "no resource spec has the id " + specId);
        }
        candidates = candidates.stream().filter(id -> centers.get(id).specs().contains(specId)).toList();
        if (candidates.isEmpty()) {
            throw ApiException.of(ErrorCode.SPEC_UNAVAILABLE, "no allowed center offers the spec " + specId);
        }
        if (imageId.isPresent()) {
            candidates = withImage(candidates, imageId.get());
        }
        checkNodeCount(nodeCount, spec, candidates);
        return new NewJob(kind, Principal.of(ctx).userId(), name, desc, spec, (int) nodeCount, imageId.orElse(null),
                imageId.isPresent() ? null : imageUrl.get(), command, candidates, port, scheduler.now());
    }

    private static Optional<String> text(JsonNode object, String field) {
        return object.has(field) ? Optional.of(object.get(field).asText()) : Optional.empty();
    }

    /** Reading R-centers: each named center must exist and be connected (0210); none named: every connected one. */
    private List<String> allowedCenters(List<String> centerIds) {
        if (centerIds.isEmpty()) {
            return config.centers().stream().filter(CenterConfig::connected).map(CenterConfig::id).toList();
        }
        for (String id : centerIds) {
            CenterConfig center = centers.get(id);
            if (center == null || !center.connected()) {
                throw ApiException.of(ErrorCode.CENTER_UNAVAILABLE, "the center " + id + " is unknown or disconnected");
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(centerIds));
    }

    /** An image id must exist (0221) and be held by a center that could run the job; empty centers: all. */
    private List<String> withImage(List<String> candidates, String imageId) {
        ImageConfig image = images.get(imageId);
        if (image == null) {
            throw ApiException.of(ErrorCode.IMAGE_UNAVAILABLE, "no image has the id " + imageId);
        }
        List<String> holding = candidates.stream()
                .filter(id -> image.centers() == null || image.centers().isEmpty() || image.centers().contains(id))
                .toList();
        if (holding.isEmpty()) {
            throw ApiException.of(ErrorCode.IMAGE_UNAVAILABLE, "no allowed center offering the spec holds the image "
                    + imageId);
        }
        return holding;
    }

    /** Reading R-nodeCount: at most what some candidate center could ever place, its nodes all free. */
    private void checkNodeCount(long nodeCount, SpecConfig spec, List<String> candidates) {
        ResourceShape demand = spec.demand();
        int most = candidates.stream().mapToInt(id -> capacity.nodesAbleToHold(id, demand)).max().orElse(0);
        if (nodeCount > most) {
            throw ApiException.of(ErrorCode.PARAMETER_RANGE, JobFields.CONFIG + "." + JobFields.NODE_COUNT
                    + " must be at most " + most + " for the spec " + spec.id() + " in the allowed centers");
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
    }
}
