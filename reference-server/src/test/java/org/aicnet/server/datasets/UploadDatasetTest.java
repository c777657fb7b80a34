package org.aicnet.server.datasets;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /datasets/upload (A.27-A.29) with a small upload limit, and what GET /datasets shows afterwards. */
class UploadDatasetTest {

    private static final int MAX_UPLOAD_BYTES = 200_000;

    @RegisterExtension
    static final ServerExtension network = ServerExtension.network("""
            datasets: {maxUploadBytes: %d}
            publicDatasets:
              - {id: mnist, title: MNIST, owner: aicnet, size: 11594722}
            accounts:
              - {name: carol, password: carol-secret}
              - {name: dave, password: dave-secret}
            """.formatted(MAX_UPLOAD_BYTES));
    static Path data;
    static String carol;
    static String dave;

    @BeforeAll
    static void logIn() {
        data = network.dataDirectory();
        carol = network.token("carol", "carol-secret");
        dave = network.token("dave", "dave-secret");
    }

    /** Whatever a test did, nothing is left half-written once its requests are complete. */
    @AfterEach
    void noTemporaryFilesRemain() throws InterruptedException {
        assertTrue(Uploads.eventually(() -> Uploads.filesUnder(data.resolve("tmp")).isEmpty()),
                "the parser's files are removed: " + Uploads.filesUnder(data.resolve("tmp")));
        assertTrue(Uploads.filesUnder(data.resolve("datasets")).stream()
                .noneMatch(file -> file.getFileName().toString().startsWith(".")));
    }

    private static RequestSpecification as(String token) {
        return network.request(token);
    }

    private static JsonPath datasets(String token) {
        return ok(given(as(token)).queryParam(ListQueries.PAGE_SIZE, 1000).get(ApiPaths.DATASETS),
                TableSchemas.DATASETS_RESPONSE);
    }

    @Test
    void aGoodUploadIsStoredAndListedForItsOwnerOnly() throws IOException {
        byte[] content = Uploads.randomBytes(150_000, 1);
        String id = ok(Uploads.of(content).with(Api.TITLE, "Carol's corpus 语料").with(Api.LABELS, "nlp,zh")
                .post(as(carol)), TableSchemas.DATASET_UPLOAD_RESPONSE).getString("id");

        Map<String, Object> listed = datasets(carol).getMap("datasets.find { it.id == '" + id + "' }");
        assertEquals(Map.of("id", id, "title", "Carol's corpus 语料", "owner", "carol", "size", 150_000,
                "desc", "a dataset of my own", "labels", "nlp,zh"), listed);
        assertTrue(datasets(dave).getList("datasets.id").stream().noneMatch(id::equals), "private to its owner");
        assertArrayEquals(content, Files.readAllBytes(data.resolve("datasets").resolve(id)));
    }

    @Test
    void descAndLabelsAreOptional() {
        byte[] content = Uploads.randomBytes(10, 2);
        String id = ok(Uploads.of(content).without(Api.DATASET_DESC).without(Api.LABELS).post(as(dave)),
                TableSchemas.DATASET_UPLOAD_RESPONSE).getString("id");
        Map<String, Object> listed = datasets(dave).getMap("datasets.find { it.id == '" + id + "' }");
        assertEquals("", listed.get("desc"));
        assertEquals("", listed.get("labels"));
    }

    @Test
    void anEmptyFileAndAFileOfExactlyTheLimitAreAccepted() {
        ok(Uploads.of(new byte[0]).post(as(dave)), TableSchemas.DATASET_UPLOAD_RESPONSE);
        ok(Uploads.of(Uploads.randomBytes(MAX_UPLOAD_BYTES, 3)).post(as(dave)), TableSchemas.DATASET_UPLOAD_RESPONSE);
    }

    @Test
    void anUppercaseMd5IsTheSameMd5() {
        byte[] content = Uploads.randomBytes(1000, 4);
        ok(Uploads.of(content).with(Api.MD5, Uploads.md5(content).toUpperCase()).post(as(dave)),
                TableSchemas.DATASET_UPLOAD_RESPONSE);
    }

    @Test
    void aWrongMd5Is0202AndStoresNothing() {
        long before = datasets(carol).getLong("totalSize");
        byte[] content = Uploads.randomBytes(100_000, 5);
        error(Uploads.of(content).with(Api.MD5, Uploads.md5(Uploads.randomBytes(10, 6))).post(as(carol)),
                ErrorCode.PARAMETER_VALUE);
        assertEquals(before, datasets(carol).getLong("totalSize"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0123456789abcdef0123456789abcdeg", "d41d8cd98f00b204e9800998ecf8427e0"})
    void anMd5ThatIsNot32HexDigitsIs0202(String md5) {
        error(Uploads.of(Uploads.randomBytes(10, 7)).with(Api.MD5, md5).post(as(carol)), ErrorCode.PARAMETER_VALUE);
    }

    @Test
    void aSizeThatIsNotTheFilesIs0202AndStoresNothing() {
        long before = datasets(carol).getLong("totalSize");
        byte[] content = Uploads.randomBytes(1000, 8);
        error(Uploads.of(content).with(Api.SIZE, "999").post(as(carol)), ErrorCode.PARAMETER_VALUE);
        error(Uploads.of(content).with(Api.SIZE, "1001").post(as(carol)), ErrorCode.PARAMETER_VALUE);
        assertEquals(before, datasets(carol).getLong("totalSize"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1e3", " 12"})
    void aSizeThatIsNotAnIntegerIs0201(String size) {
        error(Uploads.of(Uploads.randomBytes(12, 9)).with(Api.SIZE, size).post(as(carol)), ErrorCode.PARAMETER_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"md5", "title", "size", "file"})
    void aMissingRequiredFieldIs0203(String field) {
        error(Uploads.of(Uploads.randomBytes(12, 10)).without(field).post(as(carol)), ErrorCode.PARAMETER_MISSING);
    }

    @Test
    void anEmptyTitleIsMissing() {
        error(Uploads.of(Uploads.randomBytes(12, 11)).with(Api.TITLE, "").post(as(carol)),
                ErrorCode.PARAMETER_MISSING);
    }

    @Test
    void aFileSentAsTextIs0201() {
        error(Uploads.of(Uploads.randomBytes(12, 12)).without(Api.FILE).with(Api.FILE, "not a file part")
                .post(as(carol)), ErrorCode.PARAMETER_TYPE);
    }

    @Test
    void aDeclaredSizeAboveTheLimitIs0204() {
        byte[] content = Uploads.randomBytes(10, 13);
        error(Uploads.of(content).with(Api.SIZE, Integer.toString(MAX_UPLOAD_BYTES + 1)).post(as(carol)),
                ErrorCode.PARAMETER_RANGE);
        error(Uploads.of(content).with(Api.SIZE, "-1").post(as(carol)), ErrorCode.PARAMETER_RANGE);
    }

    @Test
    void aFileAboveTheLimitIs0204AndStoresNothing() {
        long before = datasets(carol).getLong("totalSize");
        byte[] justOver = Uploads.randomBytes(MAX_UPLOAD_BYTES + 1, 14);
        error(Uploads.of(justOver).with(Api.SIZE, Integer.toString(MAX_UPLOAD_BYTES)).post(as(carol)),
                ErrorCode.PARAMETER_RANGE);
        assertEquals(before, datasets(carol).getLong("totalSize"));
    }

    @Test
    void tooLongTextFieldsAre0204() {
        byte[] content = Uploads.randomBytes(12, 16);
        error(Uploads.of(content).with(Api.TITLE, "t".repeat(257)).post(as(carol)), ErrorCode.PARAMETER_RANGE);
        error(Uploads.of(content).with(Api.DATASET_DESC, "d".repeat(4097)).post(as(carol)),
                ErrorCode.PARAMETER_RANGE);
        error(Uploads.of(content).with(Api.LABELS, "l".repeat(1025)).post(as(carol)), ErrorCode.PARAMETER_RANGE);
        ok(Uploads.of(content).with(Api.TITLE, "t".repeat(256)).post(as(carol)), TableSchemas.DATASET_UPLOAD_RESPONSE);
    }

    @Test
    void aBodyThatIsNotMultipartIs0201() {
        error(given(as(carol)).contentType(ContentType.JSON).body("{\"title\": \"x\"}").post(ApiPaths.DATASET_UPLOAD),
                ErrorCode.PARAMETER_TYPE);
        error(given(as(carol)).contentType(ContentType.URLENC).formParam("title", "x").post(ApiPaths.DATASET_UPLOAD),
                ErrorCode.PARAMETER_TYPE);
        error(given(as(carol)).contentType("multipart/form-data; boundary=xyz")
                .body("garbage".getBytes(StandardCharsets.US_ASCII)).post(ApiPaths.DATASET_UPLOAD),
                ErrorCode.PARAMETER_TYPE);
    }
}
