package org.aicnet.server.datasets;

import io.restassured.path.json.JsonPath;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.TestServers;
import org.aicnet.server.TestStore;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads survive a restart on the same data directory; the public datasets follow the configuration. */
class DatasetPersistenceTest {

    @TempDir
    Path directory;

    private Path config(String publicDatasets) {
        return config(publicDatasets, "");
    }

    private Path config(String publicDatasets, String store) {
        return TestServers.config(directory, """
                publicDatasets:
                %s
                accounts: [{name: carol, password: carol-secret}]
                """.formatted(publicDatasets) + store);
    }

    private static JsonPath datasets(ReferenceServer server) {
        String token = TestServers.token(server, "carol", "carol-secret");
        return ok(given(TestServers.request(server, token)).queryParam(ListQueries.SORT, Api.ID)
                .queryParam(ListQueries.ORDER, ListQueries.ASC)
                .get(ApiPaths.DATASETS), TableSchemas.DATASETS_RESPONSE);
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void anUploadSurvivesARestart(TestStore store) throws IOException {
        Path data = directory.resolve("data");
        Path config = config("  - {id: mnist, title: MNIST, owner: aicnet, size: 11594722}", store.yaml());
        byte[] content = Uploads.randomBytes(70_000, 41);
        String id;
        try (ReferenceServer server = TestServers.start(config, data)) {
            String token = TestServers.token(server, "carol", "carol-secret");
            id = ok(Uploads.of(content).with(Api.TITLE, "kept").post(TestServers.request(server, token)),
                    TableSchemas.DATASET_UPLOAD_RESPONSE).getString("id");
        }
        try (ReferenceServer server = TestServers.start(config, data)) {
            JsonPath listed = datasets(server);
            assertEquals(List.of(id, "mnist"), listed.getList("datasets.id"));
            assertEquals(Map.of("id", id, "title", "kept", "owner", "carol", "size", 70_000,
                    "desc", "a dataset of my own", "labels", "test"), listed.getMap("datasets[0]"));
        }
        assertArrayEquals(content, Files.readAllBytes(data.resolve("datasets").resolve(id)));
    }

    @Test
    void publicDatasetsAreUpsertedFromTheConfigurationOnStart() {
        Path data = directory.resolve("data");
        try (ReferenceServer server = TestServers.start(config("""
                  - {id: mnist, title: MNIST, owner: aicnet, size: 11594722}
                  - {id: cifar-10, title: CIFAR-10, owner: aicnet, size: 170498071}"""), data)) {
            assertEquals(List.of("cifar-10", "mnist"), datasets(server).getList("datasets.id"));
        }
        try (ReferenceServer server = TestServers.start(config("""
                  - {id: mnist, title: MNIST handwritten digits, owner: lab, size: 1, desc: renamed}"""), data)) {
            JsonPath listed = datasets(server);
            assertEquals(List.of("mnist"), listed.getList("datasets.id"));
            assertEquals(Map.of("id", "mnist", "title", "MNIST handwritten digits", "owner", "lab", "size", 1,
                    "desc", "renamed", "labels", ""), listed.getMap("datasets[0]"));
        }
    }

    @Test
    void leftoversOfAnInterruptedRunAreRemovedOnStart() throws IOException {
        Path data = directory.resolve("data");
        Path config = config("  - {id: mnist, title: MNIST, owner: aicnet, size: 11594722}");
        Path leftover = Files.createDirectories(data.resolve("datasets")).resolve(".upload-123");
        Path scratch = Files.createDirectories(data.resolve("tmp").resolve("multipart")).resolve("MultiPart1");
        Files.write(leftover, new byte[10]);
        Files.write(scratch, new byte[10]);
        try (ReferenceServer server = TestServers.start(config, data)) {
            assertFalse(Files.exists(leftover));
            assertFalse(Files.exists(scratch));
            assertEquals(1, datasets(server).getInt("totalSize"));
        }
    }

    @Test
    void anUploadIsItsFileAndItsRowOrNeitherAfterARestart() throws IOException {
        Path data = directory.resolve("data");
        Path config = config("  - {id: mnist, title: MNIST, owner: aicnet, size: 11594722}");
        String kept;
        String fileLost;
        try (ReferenceServer server = TestServers.start(config, data)) {
            String token = TestServers.token(server, "carol", "carol-secret");
            kept = upload(server, token, "kept");
            fileLost = upload(server, token, "file lost");
        }
        Path datasets = data.resolve("datasets");
        Files.delete(datasets.resolve(fileLost));
        Path withoutRow = Files.write(datasets.resolve("ds-never-committed"), new byte[10]);
        try (ReferenceServer server = TestServers.start(config, data)) {
            assertEquals(List.of(kept, "mnist"), datasets(server).getList("datasets.id"));
        }
        assertFalse(Files.exists(withoutRow), "a file whose row was never committed");
        assertTrue(Files.exists(datasets.resolve(kept)));
    }

    private static String upload(ReferenceServer server, String token, String title) {
        return ok(Uploads.of(Uploads.randomBytes(1_000, title.hashCode())).with(Api.TITLE, title)
                .post(TestServers.request(server, token)), TableSchemas.DATASET_UPLOAD_RESPONSE).getString("id");
    }
}
