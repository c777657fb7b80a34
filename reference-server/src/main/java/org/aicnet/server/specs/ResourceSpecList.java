package org.aicnet.server.specs;

import java.util.List;

/** A.11: one page of resource specs and how many match the query. */
record ResourceSpecList(List<ResourceSpec> resourceSpecs, long totalSize) {
}
