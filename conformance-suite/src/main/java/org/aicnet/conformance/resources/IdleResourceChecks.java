package org.aicnet.conformance.resources;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.platform.Expect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The judgements of the idle resources of 7.3.3 (tables A.13-A.18). Each throws an {@link AssertionError} naming what
 * the standard asks and what the platform sent.
 */
public final class IdleResourceChecks {

    private IdleResourceChecks() {
    }

    /**
     * 7.3.3, A.13, A.16: without centerId, one centerResource per center GET /centers lists, every connected center
     * among them. Returns the disconnected centers left out.
     */
    public static List<String> eachCenterAtMostOnce(JsonNode idle, Map<String, JsonNode> centers) {
        Set<String> seen = new HashSet<>();
        for (JsonNode entry : idle.path("centerResources")) {
            String id = entry.path("centerId").asText();
            if (!seen.add(id)) {
                throw new AssertionError("the idle resources name the center " + id + " twice (7.3.3: one"
                        + " centerResource per center)");
            }
            if (!centers.containsKey(id)) {
                throw new AssertionError("the idle resources name the center " + id + ", which GET /centers does not"
                        + " list (A.16)");
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> disconnectedLeftOut = new ArrayList<>();
        centers.forEach((id, center) -> {
            if (!seen.contains(id)) {
                (center.path("connected").asBoolean(false) ? missing : disconnectedLeftOut).add(id);
            }
        });
        if (!missing.isEmpty()) {
            throw new AssertionError("without centerId the idle resources of every center are listed (A.13); the"
                    + " connected centers " + missing + " are not");
        }
        return disconnectedLeftOut;
    }

    /** A.14: asked with a centerId, the idle resources of that center alone (none for a disconnected one). */
    public static void ofThatCenterAlone(String id, JsonNode idle, boolean connected) {
        List<String> named = new ArrayList<>();
        idle.path("centerResources").forEach(entry -> named.add(entry.path("centerId").asText()));
        boolean fits = named.equals(List.of(id)) || !connected && named.isEmpty();
        if (!fits) {
            throw new AssertionError("GET /resource/idle?centerId=" + id + " lists the idle resources of "
                    + named + "; expected those of " + id + " alone (A.14)");
        }
    }

    /** Reading R-filters: a center that does not exist has no idle resources. */
    public static void none(JsonNode idle) {
        if (!idle.path("centerResources").isEmpty()) {
            throw new AssertionError("the idle resources of a center that does not exist list "
                    + idle.path("centerResources").size() + " entries; expected none (R-filters)");
        }
    }

    /** 7.3.3: nodes with the same resources are counted together, so no two entries of a center describe them. */
    public static void distinctNodeEntries(JsonNode center, Set<JsonNode> specsSeen, JsonNode node) {
        if (!specsSeen.add(node.path("resourceSpec"))) {
            throw new AssertionError("the center " + center.path("centerId").asText() + " lists the idle"
                    + " resources " + node.path("resourceSpec") + " in two node entries; nodes with the same"
                    + " resources are counted together (7.3.3)");
        }
    }

    /** A.17: a node entry has the shape of node-resource.json ({@code schemaFile}). */
    public static void nodeEntryShape(JsonNode center, JsonNode node, String schemaFile) {
        Expect.shape("a node entry of the center " + center.path("centerId").asText(), node, schemaFile, "A.17");
    }
}
