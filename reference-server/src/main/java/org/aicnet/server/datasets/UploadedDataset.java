package org.aicnet.server.datasets;

/** A.29: the id of the uploaded dataset. */
record UploadedDataset(String id) {
}
