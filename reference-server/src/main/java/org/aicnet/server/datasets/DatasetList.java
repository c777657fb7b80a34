package org.aicnet.server.datasets;

import java.util.List;

/** A.25: how many datasets match the query, and one page of them. */
record DatasetList(long totalSize, List<Dataset> datasets) {
}
