package org.aicnet.server.centers;

import java.util.List;

/** A.7: one page of centers and how many match the query. */
record CenterList(List<Center> centers, long totalSize) {
}
