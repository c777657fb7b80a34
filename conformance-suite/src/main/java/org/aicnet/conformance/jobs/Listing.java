package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.conformance.platform.Standard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the items of a list of annex A page by page, within a bound: at most {@value #MAX_PAGES} pages of
 * {@value Standard#DEFAULT_PAGE_SIZE}. A list that answers wrongly fails the check (an {@link AssertionError}).
 */
public final class Listing {

    public static final int MAX_PAGES = 20;

    /** The items read, and whether they are all the items of the list (false: the bound was reached first). */
    public record Items(List<JsonNode> items, boolean complete) {

        public boolean containsId(String idPointer, String id) {
            return items.stream().anyMatch(item -> id.equals(item.at(idPointer).asText(null)));
        }
    }

    private Listing() {
    }

    /**
     * Every item of the list at {@code path} matching {@code filters}, its array at {@code arrayField} and each item's
     * id at {@code idPointer} (used to notice a platform that ignores {@code page} and repeats its first page).
     */
    public static Items read(PlatformClient client, String token, String path, String arrayField, String idPointer,
                             Map<String, ?> filters) {
        List<JsonNode> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int page = Standard.DEFAULT_PAGE; page < Standard.DEFAULT_PAGE + MAX_PAGES; page++) {
            ApiResponse response = client.get(path).token(token).query(filters).query(Standard.PAGE, page)
                    .query(Standard.PAGE_SIZE, Standard.DEFAULT_PAGE_SIZE).send();
            if (response.status() / 100 != 2) {
                throw new AssertionError("GET " + path + " " + filters + " page " + page + " answered HTTP "
                        + response.status() + ": " + Exchange.cut(response.text()));
            }
            JsonNode body = response.json();
            JsonNode array = body.path(arrayField);
            if (!array.isArray()) {
                throw new AssertionError("GET " + path + " answered without the array '" + arrayField + "': "
                        + Exchange.cut(response.text()));
            }
            if (array.isEmpty()) {
                return new Items(items, true);
            }
            boolean repeated = false;
            for (JsonNode item : array) {
                repeated |= !ids.add(item.at(idPointer).asText());
                items.add(item);
            }
            if (repeated) {
                return new Items(items, false);
            }
            long total = body.path("totalSize").asLong(-1);
            if (total >= 0 && items.size() >= total || array.size() < Standard.DEFAULT_PAGE_SIZE) {
                return new Items(items, true);
            }
        }
        return new Items(items, false);
    }
}
