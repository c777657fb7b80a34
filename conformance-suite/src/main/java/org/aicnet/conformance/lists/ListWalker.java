package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.schemas.standard.ListQueries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lists a list of annex A for one user: a single page, or all pages one after the other. Every page must be a
 * success with the shape of the list's response schema, else the check fails. A walk stops at the end of the list or
 * after {@link #MAX_PAGES} requests, whichever comes first, so that no check floods a large platform.
 */
public final class ListWalker {

    public static final int MAX_PAGES = 20;

    private final PlatformClient client;
    private final String token;
    private final Consumer<ApiResponse> responses;
    private final boolean judgeShapes;

    /** {@code responses} sees every answer (the steps keep the last one as the world's response). */
    public ListWalker(PlatformClient client, String token, Consumer<ApiResponse> responses) {
        this(client, token, responses, true);
    }

    private ListWalker(PlatformClient client, String token, Consumer<ApiResponse> responses, boolean judgeShapes) {
        this.client = client;
        this.token = token;
        this.responses = responses;
        this.judgeShapes = judgeShapes;
    }

    /**
     * A walker that finds things for a check to use (where a job could run) without judging the shape of the
     * lists: the list features judge that, and a missing field of a center must not keep the job checks from running.
     * It still needs a successful JSON answer.
     */
    public static ListWalker forDiscovery(PlatformClient client, String token) {
        return new ListWalker(client, token, response -> { }, false);
    }

    /** Sends one list request as it is, judging nothing. */
    public ApiResponse request(AnnexList list, Map<String, String> query) {
        ApiResponse response = client.get(list.path()).token(token).query(query).send();
        responses.accept(response);
        return response;
    }

    /** One page: a success with the shape of the list's response. */
    public ListPage page(AnnexList list, Map<String, String> query) {
        ApiResponse response = request(list, query);
        if (response.status() / 100 != 2) {
            throw new AssertionError("listing the " + list.name() + " with " + describe(query)
                    + " should succeed, got HTTP " + response.status() + ": "
                    + org.aicnet.conformance.platform.Exchange.cut(response.text()));
        }
        JsonNode body = judgeShapes ? Expect.schema(response, list.schema()) : Expect.json(response);
        return new ListPage(Map.copyOf(query), list.items(body), body.path("totalSize").asLong());
    }

    /** Every page of a query, {@code pageSize} items each (null: without pageSize, the platform's default). */
    public Walk walk(AnnexList list, Map<String, String> query, Integer pageSize) {
        Map<String, String> base = new LinkedHashMap<>(query);
        if (pageSize != null) {
            base.put(ListQueries.PAGE_SIZE, String.valueOf(pageSize));
        }
        List<ListPage> pages = new ArrayList<>();
        ListPage first = page(list, base);
        pages.add(first);
        long seen = first.items().size();
        boolean ended = seen >= first.totalSize() || first.items().isEmpty();
        while (!ended && pages.size() < MAX_PAGES) {
            Map<String, String> next = new LinkedHashMap<>(base);
            next.put(ListQueries.PAGE, String.valueOf(pages.size() + 1));
            ListPage page = page(list, next);
            pages.add(page);
            seen += page.items().size();
            ended = seen >= first.totalSize() || page.items().isEmpty();
        }
        return new Walk(list, Map.copyOf(query), pageSize, List.copyOf(pages), ended);
    }

    /** A query as text, for messages: "sort=imageId&order=asc". */
    public static String describe(Map<String, String> query) {
        if (query.isEmpty()) {
            return "no parameters";
        }
        StringBuilder text = new StringBuilder();
        query.forEach((name, value) -> text.append(text.length() == 0 ? "" : "&").append(name).append('=')
                .append(value));
        return text.toString();
    }
}
