package org.aicnet.server.datasets;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestServers;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.ok;
import static org.aicnet.server.SortAssertions.assertIds;
import static org.aicnet.server.SortAssertions.assertSorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /datasets (A.23-A.26) on the default network: alice sees the six public datasets; bob has uploaded one of his
 * own, which only he sees (reading R-uploaded-datasets).
 */
class ListDatasetsTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();
    static String alice;
    static String bob;
    static String bobsDataset;

    @BeforeAll
    static void bobUploadsADataset() {
        alice = network.token(TestServers.ALICE);
        bob = network.token(TestServers.BOB);
        bobsDataset = ok(Uploads.of(Uploads.randomBytes(4096, 31)).with(Api.TITLE, "Bob's images")
                        .with(Api.DATASET_DESC, "cat pictures").with(Api.LABELS, "cats")
                        .post(network.request(bob)), TableSchemas.DATASET_UPLOAD_RESPONSE).getString("id");
    }

    private static JsonPath datasets(String token, Map<String, ?> query) {
        RequestSpecification request = given(network.request(token)).queryParams(query);
        return ok(request.get(ApiPaths.DATASETS), TableSchemas.DATASETS_RESPONSE);
    }

    private static void assertFound(List<String> expected, JsonPath found) {
        assertIds(expected, found.getList("datasets"), "id");
        assertEquals(expected.size(), found.getInt("totalSize"));
    }

    @Test
    void thePublicDatasetsByTitleDescendingWithTheFieldsOfA26() {
        JsonPath all = datasets(alice, Map.of());
        assertFound(List.of("wikitext-103", "mnist", "imagenette", "fashion-mnist", "cifar-100", "cifar-10"), all);
        assertEquals(Map.of("id", "mnist", "title", "MNIST", "owner", "aicnet", "size", 11594722,
                        "desc", "Handwritten digits: 60,000 training and 10,000 test images, 28x28 grayscale",
                        "labels", "image-classification,handwriting"),
                all.getMap("datasets.find { it.id == 'mnist' }"));
    }

    @Test
    void anUploadIsSeenByItsOwnerOnlyWithOwnerTheUploadersName() {
        JsonPath bobs = datasets(bob, Map.of());
        assertEquals(7, bobs.getInt("totalSize"));
        assertEquals(Map.of("id", bobsDataset, "title", "Bob's images", "owner", "bob", "size", 4096,
                "desc", "cat pictures", "labels", "cats"), bobs.getMap("datasets.find { it.id == '" + bobsDataset
                + "' }"));
        assertEquals(6, datasets(alice, Map.of()).getInt("totalSize"));
        assertFound(List.of(), datasets(alice, Map.of(ListQueries.QUERY, "cat pictures")));
    }

    @ParameterizedTest
    @CsvSource({
            "mnist, 'mnist,fashion-mnist'",
            "MNIST, 'mnist,fashion-mnist'",
            "Colour Images, 'cifar-100,cifar-10'",
            "images, 'mnist,imagenette,fashion-mnist,cifar-100,cifar-10'",
            "wikipedia, wikitext-103",
            "ImageNet subset, imagenette",
            "no such words, ''",
            "%, ''",
            "_, ''",
            "\\, ''"})
    void querySearchesTitleAndDescriptionIgnoringCase(String query, String expected) {
        assertFound(expected.isEmpty() ? List.of() : List.of(expected.split(",")),
                datasets(alice, Map.of(ListQueries.QUERY, query)));
    }

    @Test
    void queryFindsTheCallersOwnUploads() {
        assertFound(List.of("mnist", "imagenette", "fashion-mnist", "cifar-100", "cifar-10", bobsDataset),
                datasets(bob, Map.of(ListQueries.QUERY, "images", ListQueries.SORT, Api.TITLE)));
        assertFound(List.of(bobsDataset), datasets(bob, Map.of(ListQueries.QUERY, "CAT")));
    }

    @Test
    void queryAndPagingTogetherCountEveryMatch() {
        JsonPath second = datasets(alice, Map.of(ListQueries.QUERY, "images", ListQueries.PAGE, 2,
                ListQueries.PAGE_SIZE, 2,
                ListQueries.ORDER, ListQueries.ASC));
        assertIds(List.of("fashion-mnist", "imagenette"), second.getList("datasets"), "id");
        assertEquals(5, second.getInt("totalSize"));
    }

    @ParameterizedTest
    @CsvSource({
            "datasetName, asc, 'cifar-10,cifar-100,fashion-mnist,imagenette,mnist,wikitext-103'",
            "title, desc, 'wikitext-103,mnist,imagenette,fashion-mnist,cifar-100,cifar-10'",
            "id, asc, 'cifar-10,cifar-100,fashion-mnist,imagenette,mnist,wikitext-103'",
            "size, asc, 'mnist,fashion-mnist,cifar-100,cifar-10,wikitext-103,imagenette'",
            "size, desc, 'imagenette,wikitext-103,cifar-10,cifar-100,fashion-mnist,mnist'",
            "owner, asc, 'cifar-10,fashion-mnist,mnist,cifar-100,imagenette,wikitext-103'",
            "owner, desc, 'wikitext-103,imagenette,cifar-100,mnist,fashion-mnist,cifar-10'"})
    void sortsByEachValueOfTheReading(String sort, String order, String expected) {
        assertFound(List.of(expected.split(",")), datasets(alice, Map.of(ListQueries.SORT, sort, ListQueries.ORDER,
                order)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "id", "size", "owner"})
    void sortsInBothDirectionsWithTiesByIdInTheSameDirection(String sort) {
        for (String order : List.of(ListQueries.ASC, ListQueries.DESC)) {
            int ties = assertSorted(datasets(bob, Map.of(ListQueries.SORT, sort, ListQueries.ORDER, order))
                    .getList("datasets"),
                    sort, "id", order.equals(ListQueries.DESC));
            if (sort.equals(Api.OWNER)) {
                assertTrue(ties > 0, "aicnet and shenzhen-npu own several");
            }
        }
    }

    @Test
    void datasetNameIsTheTitle() {
        assertEquals(datasets(bob, Map.of(ListQueries.SORT, Api.TITLE)).getList("datasets.id"),
                datasets(bob, Map.of(ListQueries.SORT, Api.DATASET_NAME)).getList("datasets.id"));
    }
}
