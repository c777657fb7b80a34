package org.aicnet.server.centers;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestServers;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.aicnet.server.SortAssertions.assertIds;
import static org.aicnet.server.SortAssertions.assertSorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /centers (A.5-A.8) on the default network. */
class ListCentersTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();

    private static RequestSpecification request() {
        return given(network.as(TestServers.ALICE));
    }

    private static JsonPath centers(RequestSpecification request) {
        return ok(request.get(ApiPaths.CENTERS), TableSchemas.CENTERS_RESPONSE);
    }

    @Test
    void everyCenterWithTheFieldsOfA8ByCenterIdDescending() {
        JsonPath all = centers(request());
        assertEquals(4, all.getInt("totalSize"));
        assertIds(List.of("shenzhen-npu", "nanjing-mlu", "chengdu-gpu", "beijing-gpu"), all.getList("centers"),
                "centerId");
        Map<String, Object> beijing = all.getMap("centers.find { it.centerId == 'beijing-gpu' }");
        assertEquals(Map.of("centerId", "beijing-gpu", "centerName", "Beijing AI Computing Center",
                "province", "Beijing", "city", "Beijing", "desc", "Nvidia A100 cluster, 16 nodes of 8 GPUs",
                "connected", true, "processorType", "GPU", "totalStorage", 2097152, "maxComputingPower", 40), beijing);
    }

    @ParameterizedTest
    @CsvSource({"GPU, 'chengdu-gpu,beijing-gpu'", "NPU, shenzhen-npu", "MLU, nanjing-mlu", "TPU, ''", "gpu, ''"})
    void processorTypeFiltersExactly(String type, String expected) {
        JsonPath found = centers(request().queryParam(ListQueries.PROCESSOR_TYPE, type));
        List<String> ids = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertIds(ids, found.getList("centers"), "centerId");
        assertEquals(ids.size(), found.getInt("totalSize"));
    }

    @Test
    void connectedFilters() {
        assertIds(List.of("chengdu-gpu"), centers(request().queryParam(ListQueries.CONNECTED, false))
                .getList("centers"),
                "centerId");
        assertIds(List.of("shenzhen-npu", "nanjing-mlu", "beijing-gpu"),
                centers(request().queryParam(ListQueries.CONNECTED, true)).getList("centers"), "centerId");
        JsonPath both = centers(request().queryParam(ListQueries.CONNECTED, true)
                .queryParam(ListQueries.PROCESSOR_TYPE, "GPU"));
        assertIds(List.of("beijing-gpu"), both.getList("centers"), "centerId");
        assertEquals(1, both.getInt("totalSize"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "TRUE", "False", "maybe"})
    void connectedOtherThanTrueOrFalseIs0201(String value) {
        error(request().queryParam(ListQueries.CONNECTED, value).get(ApiPaths.CENTERS), ErrorCode.PARAMETER_TYPE);
    }

    @ParameterizedTest
    @CsvSource({
            "centerId, asc, 'beijing-gpu,chengdu-gpu,nanjing-mlu,shenzhen-npu'",
            "centerId, desc, 'shenzhen-npu,nanjing-mlu,chengdu-gpu,beijing-gpu'",
            "centerName, asc, 'beijing-gpu,chengdu-gpu,nanjing-mlu,shenzhen-npu'",
            "centerName, desc, 'shenzhen-npu,nanjing-mlu,chengdu-gpu,beijing-gpu'",
            "processorType, asc, 'beijing-gpu,chengdu-gpu,nanjing-mlu,shenzhen-npu'",
            "processorType, desc, 'shenzhen-npu,nanjing-mlu,chengdu-gpu,beijing-gpu'",
            "createTime, asc, 'shenzhen-npu,beijing-gpu,nanjing-mlu,chengdu-gpu'",
            "createTime, desc, 'chengdu-gpu,nanjing-mlu,beijing-gpu,shenzhen-npu'"})
    void sortsByEachValueOfA6(String sort, String order, String expected) {
        JsonPath sorted = centers(request().queryParam(ListQueries.SORT, sort).queryParam(ListQueries.ORDER, order));
        assertIds(List.of(expected.split(",")), sorted.getList("centers"), "centerId");
        if (!sort.equals(Api.CREATE_TIME)) {
            assertSorted(sorted.getList("centers"), sort, "centerId", order.equals(ListQueries.DESC));
        }
    }

    @Test
    void eachQueryStringIsAnsweredAlikeEveryTimeItsErrorIncluded() {
        for (int round = 0; round < 3; round++) {
            assertIds(List.of("beijing-gpu"), centers(request().urlEncodingEnabled(false)
                    .queryParam(ListQueries.PROCESSOR_TYPE, "%47PU").queryParam(ListQueries.CONNECTED, true))
                    .getList("centers"), "centerId");
            assertIds(List.of("beijing-gpu"), centers(request().queryParam(ListQueries.PROCESSOR_TYPE, "GPU")
                    .queryParam(ListQueries.CONNECTED, true)).getList("centers"), "centerId");
            assertEquals(4, centers(request()).getInt("totalSize"));
            error(request().queryParam(ListQueries.CONNECTED, "maybe").get(ApiPaths.CENTERS),
                    ErrorCode.PARAMETER_TYPE);
            error(request().queryParam(ListQueries.PAGE_SIZE, 0).get(ApiPaths.CENTERS), ErrorCode.PARAMETER_RANGE);
        }
    }

    @Test
    void tiesOfProcessorTypeAreBrokenByIdInTheSameDirection() {
        List<Map<String, Object>> ascending = centers(request().queryParam(ListQueries.SORT, ListQueries.PROCESSOR_TYPE)
                .queryParam(ListQueries.ORDER, ListQueries.ASC)).getList("centers");
        assertTrue(assertSorted(ascending, ListQueries.PROCESSOR_TYPE, "centerId", false) > 0, "two GPU centers tie");
        List<Map<String, Object>> descending = centers(request().queryParam(ListQueries.SORT,
                ListQueries.PROCESSOR_TYPE))
                .getList("centers");
        assertTrue(assertSorted(descending, ListQueries.PROCESSOR_TYPE, "centerId", true) > 0);
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        var response = request().put(ApiPaths.CENTERS);
        error(response, 405, ErrorCode.PARAMETER_VALUE);
        assertEquals("GET, HEAD", response.header("Allow"));
        error(request().delete(ApiPaths.CENTERS), 405, ErrorCode.PARAMETER_VALUE);
    }
}
