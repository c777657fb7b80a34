package org.aicnet.server.images;

import java.util.List;

/** A.21: one page of images and how many match the query. */
record ImageList(List<Image> images, long totalSize) {
}
