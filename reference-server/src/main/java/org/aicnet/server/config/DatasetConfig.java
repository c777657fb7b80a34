package org.aicnet.server.config;

/** A public dataset (A.26) of the network. */
public record DatasetConfig(String id, String title, String owner, long size, String desc, String labels) {
}
