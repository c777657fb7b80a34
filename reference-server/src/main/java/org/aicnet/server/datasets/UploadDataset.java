package org.aicnet.server.datasets;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.auth.Principal;
import org.aicnet.server.http.Json;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * POST /datasets/upload (A.27-A.29): stores the file once its size and MD5 match what the form declares, then the
 * dataset, owned by the uploader.
 */
final class UploadDataset implements Handler {

    private final DatasetStore store;
    private final DatasetFiles files;
    private final long maxUploadBytes;
    private final Clock clock;
    private final List<String> optionalFields;
    private final Supplier<String> ids;

    /** {@code optionalFields}, {@code ids}: the schema's required fields it may leave out, its new id (DatasetRules). */
    UploadDataset(DatasetStore store, DatasetFiles files, long maxUploadBytes, Clock clock,
                  List<String> optionalFields, Supplier<String> ids) {
        this.store = store;
        this.files = files;
        this.maxUploadBytes = maxUploadBytes;
        this.clock = clock;
        this.optionalFields = optionalFields;
        this.ids = ids;
    }

    @Override
    public void handle(Context ctx) {
        Principal owner = Principal.of(ctx);
        UploadForm form = UploadForm.read(ctx, maxUploadBytes, optionalFields);
        String id = ids.get();
        files.store(id, form, maxUploadBytes);
        try {
            store.insertUpload(id, owner, form, clock.millis());
        } catch (RuntimeException e) {
            files.delete(id);
            throw e;
        }
        Json.send(ctx, new UploadedDataset(id));
    }
}
