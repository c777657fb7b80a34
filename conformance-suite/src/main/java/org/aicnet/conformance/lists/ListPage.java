package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** One page of a list as the platform answered it: the query sent, its items and its totalSize. */
public record ListPage(Map<String, String> query, List<JsonNode> items, long totalSize) {
}
