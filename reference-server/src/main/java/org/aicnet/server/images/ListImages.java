package org.aicnet.server.images;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.config.ImageConfig;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.ListQuery;
import org.aicnet.server.http.Page;
import org.aicnet.server.http.QueryParams;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.http.RequestSchema;
import org.aicnet.server.http.Sorting;
import org.aicnet.server.http.TimeRange;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.Times;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * GET /resource/images (A.19-A.22), filtered by center, processor, framework (exact, reading R-filters) and
 * creation time (A.20: createAfter and createBefore inclusive).
 */
final class ListImages implements Handler {

    private static final RequestSchema QUERY = RequestSchema.ofParameters(TableSchemas.IMAGES_QUERY);
    private static final Sorting<ImageConfig> SORTING = Sorting.tiesBy(ImageConfig::id)
            .by(Api.IMAGE_ID, ImageConfig::id)
            .by(Api.IMAGE_NAME, ImageConfig::name)
            .by(Api.ARCH, ImageConfig::arch)
            .by(ListQueries.PROCESSOR, ImageConfig::processor)
            .by(ListQueries.FRAMEWORK, ImageConfig::framework)
            .by(Api.CREATE_TIME, ListImages::created);

    private final List<ImageConfig> images;
    private final Set<String> centerIds;
    private final QueryPolicy policy;

    ListImages(NetworkConfig config, QueryPolicy policy) {
        this.policy = policy;
        this.images = config.images();
        this.centerIds = config.centers().stream().map(CenterConfig::id).collect(Collectors.toSet());
    }

    @Override
    public void handle(Context ctx) {
        QueryParams params = new QueryParams(ctx, QUERY, policy);
        ListQuery query = params.listQuery(ListQueries.IMAGE_SORTS);
        Optional<String> centerId = params.text(ListQueries.CENTER_ID);
        Optional<String> processor = params.text(ListQueries.PROCESSOR);
        Optional<String> framework = params.text(ListQueries.FRAMEWORK);
        TimeRange created = params.createTimeRange();
        List<ImageConfig> matching = images.stream()
                .filter(image -> centerId.map(heldAt(image)::test).orElse(true))
                .filter(image -> processor.map(image.processor()::equals).orElse(true))
                .filter(image -> framework.map(image.framework()::equals).orElse(true))
                .filter(image -> created.contains(created(image)))
                .toList();
        Page<ImageConfig> page = Page.of(matching, SORTING.order(query.sort()), query);
        Json.send(ctx, new ImageList(page.items().stream().map(Image::of).toList(), page.totalSize()));
    }

    /** An image without centers is held at every center of the network. */
    private Predicate<String> heldAt(ImageConfig image) {
        return id -> centerIds.contains(id) && (image.centers().isEmpty() || image.centers().contains(id));
    }

    private static LocalDateTime created(ImageConfig image) {
        return Times.parse(image.createTime()).orElseThrow();
    }
}
