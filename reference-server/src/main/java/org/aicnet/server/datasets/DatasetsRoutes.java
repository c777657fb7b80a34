package org.aicnet.server.datasets;

import io.javalin.config.JavalinConfig;
import io.javalin.config.MultipartConfig;
import io.javalin.config.SizeUnit;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.QueryPolicies;
import org.aicnet.server.http.Route;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.store.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Datasets: GET /datasets (A.23) and POST /datasets/upload (A.27). The public datasets of the configuration are
 * stored in the database on start, beside the uploads, so that listing and paging happen there.
 */
public final class DatasetsRoutes implements RouteGroup {

    /** Parts larger than this are written to disk while the body is parsed, never held whole in memory. */
    private static final int IN_MEMORY_PART_KB = 64;

    private final long maxUploadBytes;
    private final Path multipartDirectory;
    private final ListDatasets listDatasets;
    private final UploadDataset uploadDataset;

    public DatasetsRoutes(NetworkConfig config, Database database, Path dataDirectory, Clock clock, DatasetRules rules,
                           QueryPolicies queries) {
        this.maxUploadBytes = config.datasets().maxUploadBytes();
        this.multipartDirectory = emptied(dataDirectory.resolve("tmp").resolve("multipart"));
        DatasetStore store = new DatasetStore(database, rules.searchedColumns());
        store.synchronizePublic(config.publicDatasets(), clock.millis());
        DatasetFiles files = new DatasetFiles(dataDirectory.resolve("datasets"), rules.md5Matches());
        OrphanedUploads.remove(store, files);
        this.listDatasets = new ListDatasets(store, queries.of(Route.get(ApiPaths.DATASETS)));
        this.uploadDataset = new UploadDataset(store, files, maxUploadBytes, clock, rules.optionalFields(),
                rules.uploadIds());
    }

    @Override
    public void configure(JavalinConfig javalin) {
        MultipartConfig multipart = javalin.jetty.multipartConfig;
        multipart.cacheDirectory(multipartDirectory.toString());
        multipart.maxInMemoryFileSize(IN_MEMORY_PART_KB, SizeUnit.KB);
        multipart.maxFileSize(maxUploadBytes + UploadForm.FORM_ALLOWANCE, SizeUnit.BYTES);
        multipart.maxTotalRequestSize(maxUploadBytes + UploadForm.FORM_ALLOWANCE, SizeUnit.BYTES);
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(ApiPaths.DATASETS, listDatasets)
                .post(ApiPaths.DATASET_UPLOAD, uploadDataset);
    }

    /** The parser's scratch directory, cleared of what an earlier run may have left. */
    private static Path emptied(Path directory) {
        try {
            Files.createDirectories(directory);
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory)) {
                for (Path leftover : leftovers) {
                    Files.deleteIfExists(leftover);
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + directory, e);
        }
    }
}
