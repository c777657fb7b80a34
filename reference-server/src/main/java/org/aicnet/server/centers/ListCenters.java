package org.aicnet.server.centers;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.BoundedMemo;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.ListQuery;
import org.aicnet.server.http.Page;
import org.aicnet.server.http.QueryParams;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.http.RequestSchema;
import org.aicnet.server.http.Sorting;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.Times;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * GET /centers (A.5-A.8), filtered by processorType (exact) and connected (true or false only). The centers are the
 * configuration's and never change while the server runs, so the JSON of each answer is written once and kept for the
 * last few hundred distinct queries; and since what a query string is answered (that JSON, or the error of its
 * check) depends on that string alone, read in the request's charset, each is answered from what is kept for it
 * before it is even parsed.
 */
final class ListCenters implements Handler {

    private static final int KEPT_ANSWERS = 256;

    private static final RequestSchema QUERY = RequestSchema.ofParameters(TableSchemas.CENTERS_QUERY);

    // Reading R-default-sort: A.6 names no default, so centerId; a center's createTime is when it joined.
    private static final Sorting<CenterConfig> SORTING = Sorting.tiesBy(CenterConfig::id)
            .by(ListQueries.CENTER_ID, CenterConfig::id)
            .by(Api.CENTER_NAME, CenterConfig::name)
            .by(ListQueries.PROCESSOR_TYPE, CenterConfig::processorType)
            .by(Api.CREATE_TIME, ListCenters::joined);

    private final List<CenterConfig> centers;
    private final QueryPolicy policy;
    private final BoundedMemo<Query, byte[]> bodies = new BoundedMemo<>(KEPT_ANSWERS, this::body);
    private final BoundedMemo<SentQuery, Answer> answers = new BoundedMemo<>(KEPT_ANSWERS);

    ListCenters(NetworkConfig config, QueryPolicy policy) {
        this.centers = List.copyOf(config.centers());
        this.policy = policy;
    }

    @Override
    public void handle(Context ctx) {
        answers.get(new SentQuery(ctx.queryString(), ctx.characterEncoding()), () -> answer(ctx)).send(ctx);
    }

    private Answer answer(Context ctx) {
        try {
            QueryParams params = new QueryParams(ctx, QUERY, policy);
            Query query = new Query(params.listQuery(ListQueries.CENTER_SORTS),
                    params.text(ListQueries.PROCESSOR_TYPE), params.bool(ListQueries.CONNECTED));
            return new Answer(bodies.get(query), null);
        } catch (ApiException refused) {
            return new Answer(null, refused);
        }
    }

    private byte[] body(Query query) {
        List<CenterConfig> matching = centers.stream()
                .filter(center -> query.processorType().map(center.processorType()::equals).orElse(true))
                .filter(center -> query.connected().map(value -> center.connected() == value).orElse(true))
                .toList();
        Page<CenterConfig> page = Page.of(matching, SORTING.order(query.list().sort()), query.list());
        return Json.write(new CenterList(page.items().stream().map(Center::of).toList(), page.totalSize()));
    }

    private static LocalDateTime joined(CenterConfig center) {
        return Times.parse(center.joinedAt()).orElseThrow();
    }

    /** What an answer depends on: the page and order asked for and the filters. */
    private record Query(ListQuery list, Optional<String> processorType, Optional<Boolean> connected) {
    }

    /** A query string as sent (null for none) and the charset its escapes are read in. */
    private record SentQuery(String text, String charset) {
    }

    /** The JSON a query string is answered, or the error its check refused it with. */
    private record Answer(byte[] json, ApiException refused) {

        void send(Context ctx) {
            if (refused != null) {
                throw refused;
            }
            Json.sendWritten(ctx, json);
        }
    }
}
