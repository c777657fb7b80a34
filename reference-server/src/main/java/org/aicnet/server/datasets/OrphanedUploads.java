package org.aicnet.server.datasets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.Set;

/**
 * At start: an uploaded dataset is its file and its row together, or neither. A file without a row is an upload that
 * stopped between its file and its commit, never acknowledged: it is removed. A row without a file (a file lost with
 * the disk's cache) cannot be served: the row is removed, and logged.
 */
final class OrphanedUploads {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedUploads.class);

    private OrphanedUploads() {
    }

    static void remove(DatasetStore store, DatasetFiles files) {
        Set<String> rows = store.uploadIds();
        Set<String> stored = files.ids();
        for (String file : stored) {
            if (!rows.contains(file)) {
                files.delete(file);
            }
        }
        Set<String> withoutFile = new HashSet<>(rows);
        withoutFile.removeAll(stored);
        if (!withoutFile.isEmpty()) {
            LOG.warn("{} uploaded datasets lost their files and are removed: {}", withoutFile.size(), withoutFile);
            store.deleteUploads(withoutFile);
        }
    }
}
