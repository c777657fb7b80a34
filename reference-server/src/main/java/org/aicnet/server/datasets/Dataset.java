package org.aicnet.server.datasets;

/** A.26: one dataset; size in bytes. */
record Dataset(String id, String title, String owner, long size, String desc, String labels) {
}
