package org.aicnet.server.http;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestServers;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readings R-paging, R-totalSize, R-order and R-sort on every list endpoint of the platform side. */
class PagingTest {

    /** path, schema, list field, id field. */
    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of(ApiPaths.CENTERS, TableSchemas.CENTERS_RESPONSE, "centers", "centerId"),
                Arguments.of(ApiPaths.SPECS, TableSchemas.RESOURCE_SPECS_RESPONSE, "resourceSpecs", "resourceSpecId"),
                Arguments.of(ApiPaths.IMAGES, TableSchemas.IMAGES_RESPONSE, "images", "imageId"),
                Arguments.of(ApiPaths.DATASETS, TableSchemas.DATASETS_RESPONSE, "datasets", "id"));
    }

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();

    private static RequestSpecification request() {
        return given(network.as(TestServers.ALICE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void walkingAllPagesGivesEveryItemOnce(String path, String schema, String field, String id) {
        JsonPath all = ok(request().get(path), schema);
        int total = all.getInt("totalSize");
        assertTrue(total >= 3, "the default network has several of each");
        assertEquals(total, all.getList(field).size(), "the default page size 50 holds them all");
        for (int pageSize = 1; pageSize <= 3; pageSize++) {
            List<String> walked = new ArrayList<>();
            for (int page = 1; (page - 1) * pageSize < total; page++) {
                JsonPath one = ok(request().queryParam(ListQueries.PAGE, page).queryParam(ListQueries.PAGE_SIZE,
                        pageSize).get(path),
                        schema);
                assertEquals(total, one.getInt("totalSize"));
                List<String> ids = one.getList(field + "." + id, String.class);
                assertEquals(Math.min(pageSize, total - (page - 1) * pageSize), ids.size());
                walked.addAll(ids);
            }
            Set<String> distinct = new HashSet<>(walked);
            assertEquals(total, distinct.size(), "no overlap: " + walked);
            assertEquals(all.getList(field + "." + id, String.class), walked, "the pages in the order of one list");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aPagePastTheEndIsEmptyWithTheTotal(String path, String schema, String field, String id) {
        int total = ok(request().get(path), schema).getInt("totalSize");
        JsonPath past = ok(request().queryParam(ListQueries.PAGE, total + 1).queryParam(ListQueries.PAGE_SIZE, 1)
                .get(path), schema);
        assertEquals(List.of(), past.getList(field));
        assertEquals(total, past.getInt("totalSize"));
        JsonPath far = ok(request().queryParam(ListQueries.PAGE, Integer.MAX_VALUE).queryParam(ListQueries.PAGE_SIZE,
                1000).get(path),
                schema);
        assertEquals(List.of(), far.getList(field));
        assertEquals(total, far.getInt("totalSize"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void theBoundsOfPageAndPageSizeAreAccepted(String path, String schema, String field, String id) {
        assertEquals(1, ok(request().queryParam(ListQueries.PAGE, 1).queryParam(ListQueries.PAGE_SIZE, 1).get(path),
                schema)
                .getList(field).size());
        ok(request().queryParam(ListQueries.PAGE_SIZE, 1000).get(path), schema);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void outOfRangeIs0204(String path, String schema, String field, String id) {
        error(request().queryParam(ListQueries.PAGE, 0).get(path), ErrorCode.PARAMETER_RANGE);
        error(request().queryParam(ListQueries.PAGE, -1).get(path), ErrorCode.PARAMETER_RANGE);
        error(request().queryParam(ListQueries.PAGE_SIZE, 0).get(path), ErrorCode.PARAMETER_RANGE);
        error(request().queryParam(ListQueries.PAGE_SIZE, 1001).get(path), ErrorCode.PARAMETER_RANGE);
        error(request().queryParam(ListQueries.PAGE, "99999999999").get(path), ErrorCode.PARAMETER_RANGE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void notAnIntegerIs0201(String path, String schema, String field, String id) {
        error(request().queryParam(ListQueries.PAGE_SIZE, "abc").get(path), ErrorCode.PARAMETER_TYPE);
        error(request().queryParam(ListQueries.PAGE, "1.5").get(path), ErrorCode.PARAMETER_TYPE);
        error(request().queryParam(ListQueries.PAGE, "one").get(path), ErrorCode.PARAMETER_TYPE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void anUnknownSortOrOrderIs0202(String path, String schema, String field, String id) {
        error(request().queryParam(ListQueries.SORT, "nonsense").get(path), ErrorCode.PARAMETER_VALUE);
        error(request().queryParam(ListQueries.ORDER, "up").get(path), ErrorCode.PARAMETER_VALUE);
        error(request().queryParam(ListQueries.ORDER, "true").get(path), ErrorCode.PARAMETER_VALUE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void theDefaultOrderIsDescending(String path, String schema, String field, String id) {
        List<String> byDefault = ok(request().get(path), schema).getList(field + "." + id);
        List<String> descending = ok(request().queryParam(ListQueries.ORDER, ListQueries.DESC).get(path), schema)
                .getList(field + "." + id);
        List<String> ascending = new ArrayList<>(ok(request().queryParam(ListQueries.ORDER, ListQueries.ASC).get(path),
                schema)
                .getList(field + "." + id, String.class));
        assertEquals(descending, byDefault);
        java.util.Collections.reverse(ascending);
        assertEquals(descending, ascending);
    }
}
