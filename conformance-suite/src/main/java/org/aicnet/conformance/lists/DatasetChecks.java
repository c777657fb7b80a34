package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.platform.ApiResponse;

import java.util.List;
import java.util.Optional;

/**
 * The judgements of an uploaded dataset as GET /datasets lists it (7.3.6, tables A.27-A.29, readings
 * R-uploaded-datasets, R-dataset-size and R-upload-checks). Each throws an {@link AssertionError} naming what the
 * standard or the reading asks and what the platform sent.
 */
public final class DatasetChecks {

    private DatasetChecks() {
    }

    /** A.29: an upload is answered with the String id of the new dataset; returns it. */
    public static String answeredWithId(Optional<String> id, ApiResponse upload) {
        return id.orElseThrow(() -> new AssertionError("the upload was answered without a String id (A.29): "
                + upload.text()));
    }

    /** 7.3.6, reading R-uploaded-datasets: the dataset just uploaded is listed; returns its entry. */
    public static JsonNode listed(Optional<JsonNode> entry, String id) {
        return entry.orElseThrow(() -> new AssertionError("GET /datasets does not list the dataset " + id
                + " the user just uploaded (7.3.6, R-uploaded-datasets)"));
    }

    /** 7.3.6, reading R-uploaded-datasets: a field of the entry is the one uploaded. */
    public static void field(JsonNode dataset, String id, String field, String expected) {
        if (!expected.equals(dataset.path(field).asText(null))) {
            throw new AssertionError("the uploaded dataset " + id + " is listed with " + field + " "
                    + dataset.path(field) + ", expected '" + expected + "' (7.3.6, R-uploaded-datasets)");
        }
    }

    /** Reading R-dataset-size: the size listed is the file's, in bytes. */
    public static void size(JsonNode dataset, String id, long bytes) {
        if (!dataset.path("size").canConvertToLong() || dataset.path("size").asLong() != bytes) {
            throw new AssertionError("the uploaded dataset " + id + " is listed with size " + dataset.path("size")
                    + ", the file has " + bytes + " bytes (R-dataset-size)");
        }
    }

    /** Reading R-upload-checks: a refused upload keeps nothing. */
    public static void notKept(String title, List<String> listedWithTitle) {
        if (!listedWithTitle.isEmpty()) {
            throw new AssertionError("the refused upload '" + title + "' was kept all the same: GET /datasets lists "
                    + listedWithTitle + " (R-upload-checks)");
        }
    }
}
