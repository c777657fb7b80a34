package org.aicnet.server.jobs;

import io.javalin.http.Context;
import org.aicnet.server.auth.Principal;
import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.backend.Shapes;
import org.aicnet.server.capacity.Capacity;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.config.ImageConfig;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.config.SpecConfig;
import org.aicnet.server.http.JsonBody;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.ErrorCode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the body of POST /trainjob (A.31, A.32) and POST /onlineJob (A.57, A.58 and config.port) into a
 * {@link NewJob}, checking in the order of reading R-check-order: missing fields (0203), JSON types (0201), values
 * (0205, 0206, 0207, 0204, 0220), then references to the network (0210, 0211, 0221). The name conflict (0208) is
 * found last, when the job is stored.
 */
final class JobRequests {

    // A.31: jobName 1-64 of [A-Za-z0-9_-]; an illegal character is 0205, a length out of range 0206.
    private static final Pattern NAME_CHARACTERS = Pattern.compile("[A-Za-z0-9_-]*");
    private static final int NAME_MAX = 64;
    // A.31: jobDesc 0-256 characters, default "". Characters are code points, here and for the limits below; the
    // columns of V3__jobs.sql hold twice as many UTF-16 units.
    private static final int DESC_MAX = 256;
    // A.31 bounds neither; past these the value is too large, 0204 (reading R-no-input-harm).
    private static final int IMAGE_URL_MAX = 2048;
    private static final int COMMAND_MAX = 65_536;
    // A.32: nodeCount defaults to 1.
    private static final int DEFAULT_NODE_COUNT = 1;
    // Reading R-online-port: config.port 1-65535, default 8080.
    private static final int PORT_MIN = 1;
    private static final int PORT_MAX = 65535;
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
        JsonBody body = JsonBody.of(ctx);
        require(body, Api.JOB_NAME);
        require(body, Api.CONFIG);
        JsonBody job = body.requiredObject(Api.CONFIG);
        require(job, Api.SPEC_ID);

        String name = body.requiredString(Api.JOB_NAME);
        String desc = body.optionalString(Api.JOB_DESC).orElse("");
        List<String> centerIds = job.optionalStringList(Api.CENTER_ID).orElse(List.of());
        String specId = job.requiredString(Api.SPEC_ID);
        long nodeCount = rules.nodeCount().read(job).orElse((long) DEFAULT_NODE_COUNT);
        Optional<String> imageId = job.optionalString(Api.IMAGE_ID).filter(text -> !text.isEmpty());
        Optional<String> imageUrl = job.optionalString(Api.IMAGE_URL).filter(text -> !text.isEmpty());
        String command = job.optionalString(Api.COMMAND).orElse(null);
        Long port = kind == JobKind.ONLINE ? job.optionalInteger(Api.PORT).orElse((long) DEFAULT_PORT) : null;

        rules.nameCharacters().check(name);
        checkLength(name);
        if (characters(desc) > DESC_MAX) {
            throw ErrorCode.JOB_DESC_LENGTH.exception(Api.JOB_DESC + " may have at most " + DESC_MAX + " characters");
        }
        checkSize(Api.IMAGE_URL, imageUrl.orElse(""), IMAGE_URL_MAX);
        checkSize(Api.COMMAND, command == null ? "" : command, COMMAND_MAX);
        if (nodeCount < 1) {
            throw ErrorCode.PARAMETER_RANGE.exception(Api.CONFIG + "." + Api.NODE_COUNT + " must be at least 1");
        }
        if (port != null && (port < PORT_MIN || port > PORT_MAX)) {
            throw ErrorCode.PARAMETER_RANGE.exception(Api.CONFIG + "." + Api.PORT + " must be between " + PORT_MIN
                    + " and " + PORT_MAX);
        }
        if (imageId.isEmpty() && imageUrl.isEmpty()) {
            throw ErrorCode.IMAGE_MISSING.exception("give " + Api.CONFIG + "." + Api.IMAGE_ID + " or "
                    + Api.CONFIG + "." + Api.IMAGE_URL);
        }

        List<String> candidates = allowedCenters(centerIds);
        SpecConfig spec = specs.get(specId);
        if (spec == null) {
            throw ErrorCode.SPEC_UNAVAILABLE.exception("no resource spec has the id " + specId);
        }
        candidates = candidates.stream().filter(id -> centers.get(id).specs().contains(specId)).toList();
        if (candidates.isEmpty()) {
            throw ErrorCode.SPEC_UNAVAILABLE.exception("no allowed center offers the spec " + specId);
        }
        if (imageId.isPresent()) {
            candidates = withImage(candidates, imageId.get());
        }
        checkNodeCount(nodeCount, spec, candidates);
        // Reading R-image: when both are given, imageId wins.
        return new NewJob(kind, Principal.of(ctx).userId(), name, desc, spec, (int) nodeCount, imageId.orElse(null),
                imageId.isPresent() ? null : imageUrl.get(), command, candidates,
                port == null ? null : port.intValue(), scheduler.now());
    }

    private static void require(JsonBody body, String field) {
        if (!body.has(field)) {
            throw body.missing(field);
        }
    }

    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    private static void checkSize(String field, String value, int max) {
        if (characters(value) > max) {
            throw ErrorCode.PARAMETER_RANGE.exception(Api.CONFIG + "." + field + " may have at most " + max
                    + " characters");
        }
    }

    static void checkCharacters(String name) {
        if (!NAME_CHARACTERS.matcher(name).matches()) {
            throw ErrorCode.JOB_NAME_CHARACTERS.exception(Api.JOB_NAME + " may hold only A-Z, a-z, 0-9, _ and -");
        }
    }

    private static void checkLength(String name) {
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw ErrorCode.JOB_NAME_LENGTH.exception(Api.JOB_NAME + " must have 1 to " + NAME_MAX + " characters");
        }
    }

    /** Reading R-centers: each named center must exist and be connected (0210); none named: every connected one. */
    private List<String> allowedCenters(List<String> centerIds) {
        if (centerIds.isEmpty()) {
            return config.centers().stream().filter(CenterConfig::connected).map(CenterConfig::id).toList();
        }
        for (String id : centerIds) {
            CenterConfig center = centers.get(id);
            if (center == null || !center.connected()) {
                throw ErrorCode.CENTER_UNAVAILABLE.exception("the center " + id + " is unknown or disconnected");
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(centerIds));
    }

    /** An image id must exist (0221) and be held by a center that could run the job; empty centers: all. */
    private List<String> withImage(List<String> candidates, String imageId) {
        ImageConfig image = images.get(imageId);
        if (image == null) {
            throw ErrorCode.IMAGE_UNAVAILABLE.exception("no image has the id " + imageId);
        }
        List<String> holding = candidates.stream()
                .filter(id -> image.centers() == null || image.centers().isEmpty() || image.centers().contains(id))
                .toList();
        if (holding.isEmpty()) {
            throw ErrorCode.IMAGE_UNAVAILABLE.exception("no allowed center offering the spec holds the image "
                    + imageId);
        }
        return holding;
    }

    /** Reading R-nodeCount: at most what some candidate center could ever place, its nodes all free. */
    private void checkNodeCount(long nodeCount, SpecConfig spec, List<String> candidates) {
        ResourceShape demand = Shapes.of(spec);
        int most = candidates.stream().mapToInt(id -> capacity.nodesAbleToHold(id, demand)).max().orElse(0);
        if (nodeCount > most) {
            throw ErrorCode.PARAMETER_RANGE.exception(Api.CONFIG + "." + Api.NODE_COUNT + " must be at most " + most
                    + " for the spec " + spec.id() + " in the allowed centers");
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
    }
}
