package org.aicnet.conformance.access;

/** A center, a spec it offers and an image it holds, all taken from the platform's lists: a job config that can run. */
public record RunnableConfig(String centerId, String specId, String imageId) {
}
