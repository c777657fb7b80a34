package org.aicnet.server.images;

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

/** GET /resource/images (A.19-A.22) on the default network. */
class ListImagesTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();

    private static RequestSpecification request() {
        return given(network.as(TestServers.ALICE));
    }

    private static JsonPath images(RequestSpecification request) {
        return ok(request.get(ApiPaths.IMAGES), TableSchemas.IMAGES_RESPONSE);
    }

    private static void assertFound(String expected, JsonPath found) {
        List<String> ids = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertIds(ids, found.getList("images"), "imageId");
        assertEquals(ids.size(), found.getInt("totalSize"));
    }

    @Test
    void everyImageWithTheFieldsOfA22() {
        JsonPath all = images(request());
        assertEquals(7, all.getInt("totalSize"));
        assertEquals(Map.of("imageId", "mindspore-2.2-ascend", "imageName", "mindspore2.2-cann7.0-py3.9-euleros2.10",
                        "imageDesc", "MindSpore 2.2 with CANN 7.0 for Ascend 910", "arch", "ARM", "processor", "NPU",
                        "operationSystem", "EulerOS 2.10", "framework", "MindSpore",
                        "createTime", "2023-11-10 11:00:00",
                        "installedLib", List.of("python 3.9", "mindspore 2.2.0", "cann 7.0", "/usr/local/Ascend")),
                all.getMap("images.find { it.imageId == 'mindspore-2.2-ascend' }"));
    }

    @ParameterizedTest
    @CsvSource({
            "centerId, shenzhen-npu, 'pytorch-2.1-ascend,mindspore-2.2-ascend'",
            "centerId, beijing-gpu, 'tensorflow-2.15-cuda12.2,pytorch-2.1-cuda12.1,paddle-2.6-cuda12.0'",
            "centerId, nowhere, ''",
            "processor, MLU, 'pytorch-1.13-mlu,paddle-2.5-mlu'",
            "processor, TPU, ''",
            "processor, mlu, ''",
            "framework, PyTorch, 'pytorch-2.1-cuda12.1,pytorch-2.1-ascend,pytorch-1.13-mlu'",
            "framework, pytorch, ''",
            "framework, MindSpore, mindspore-2.2-ascend"})
    void filtersExactly(String filter, String value, String expected) {
        assertFound(expected, images(request().queryParam(filter, value)));
    }

    @Test
    void filtersCombine() {
        assertFound("pytorch-2.1-cuda12.1", images(request().queryParam(ListQueries.CENTER_ID, "chengdu-gpu")
                .queryParam(ListQueries.FRAMEWORK, "PyTorch")));
        assertFound("", images(request().queryParam(ListQueries.CENTER_ID, "nanjing-mlu")
                .queryParam(ListQueries.PROCESSOR, "GPU")));
    }

    @ParameterizedTest
    @CsvSource({
            "'2024-01-15 10:00:00', '', 'pytorch-2.1-cuda12.1,pytorch-2.1-ascend,paddle-2.6-cuda12.0'",
            "'2024-01-15 10:00:01', '', 'pytorch-2.1-ascend,paddle-2.6-cuda12.0'",
            "'', '2023-09-25 10:00:00', 'pytorch-1.13-mlu,paddle-2.5-mlu'",
            "'', '2023-09-25 09:59:59', ''",
            "'2023-09-25 10:00:00', '2023-09-25 10:00:00', 'pytorch-1.13-mlu,paddle-2.5-mlu'",
            "'2023-11-01 00:00:00', '2023-12-31 23:59:59', 'tensorflow-2.15-cuda12.2,mindspore-2.2-ascend'"})
    void createAfterAndCreateBeforeAreInclusive(String after, String before, String expected) {
        RequestSpecification request = request();
        if (!after.isEmpty()) {
            request.queryParam(ListQueries.CREATE_AFTER, after);
        }
        if (!before.isEmpty()) {
            request.queryParam(ListQueries.CREATE_BEFORE, before);
        }
        assertFound(expected, images(request));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01", "2024-01-01T00:00:00", "2024-13-01 00:00:00", "2024-02-30 00:00:00",
            "2024-01-01 24:00:00", "yesterday"})
    void aMalformedTimeIs0202(String time) {
        error(request().queryParam(ListQueries.CREATE_AFTER, time).get(ApiPaths.IMAGES), ErrorCode.PARAMETER_VALUE);
        error(request().queryParam(ListQueries.CREATE_BEFORE, time).get(ApiPaths.IMAGES), ErrorCode.PARAMETER_VALUE);
    }

    @Test
    void createAfterLaterThanCreateBeforeIs0230() {
        error(request().queryParam(ListQueries.CREATE_AFTER, "2024-01-01 00:00:01")
                .queryParam(ListQueries.CREATE_BEFORE, "2024-01-01 00:00:00").get(ApiPaths.IMAGES),
                        ErrorCode.TIME_RANGE);
    }

    @ParameterizedTest
    @CsvSource({"imageId, asc", "imageId, desc", "imageName, asc", "imageName, desc", "arch, asc", "arch, desc",
            "processor, asc", "processor, desc", "framework, asc", "framework, desc", "createTime, asc",
            "createTime, desc"})
    void sortsByEachValueOfA20(String sort, String order) {
        assertSorted(images(request().queryParam(ListQueries.SORT, sort).queryParam(ListQueries.ORDER, order))
                .getList("images"),
                sort, "imageId", order.equals(ListQueries.DESC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"arch", "processor", "framework", "createTime"})
    void tiesAreBrokenByIdInTheSameDirection(String sort) {
        for (String order : List.of(ListQueries.ASC, ListQueries.DESC)) {
            List<Map<String, Object>> sorted = images(request().queryParam(ListQueries.SORT, sort)
                    .queryParam(ListQueries.ORDER, order)).getList("images");
            assertTrue(assertSorted(sorted, sort, "imageId", order.equals(ListQueries.DESC)) > 0, "ties by " + sort);
        }
    }

    @Test
    void theDefaultIsImageIdDescending() {
        List<Map<String, Object>> images = images(request()).getList("images");
        assertSorted(images, Api.IMAGE_ID, "imageId", true);
        assertEquals("tensorflow-2.15-cuda12.2", images.get(0).get("imageId"));
    }
}
