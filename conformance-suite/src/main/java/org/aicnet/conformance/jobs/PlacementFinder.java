package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.conformance.KitError;
import org.aicnet.conformance.lists.AnnexList;
import org.aicnet.conformance.lists.AnnexLists;
import org.aicnet.conformance.lists.ListWalker;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.schemas.standard.ListQueries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The centers, specs and images a job could run on, from the platform's own lists, in the order worth trying. The
 * suite cannot know which combinations a platform accepts: it tries first, center by center, the smallest specs with
 * an image made for their processor type and architecture (where both say), then the other pairs, at most
 * {@value #MAX_CANDIDATES} in all.
 */
final class PlacementFinder {

    static final int MAX_CENTERS = 6;
    static final int MAX_CANDIDATES = 8;

    /** A combination to try, and what the platform's lists say of it. */
    record Candidate(Placement placement, boolean fits, boolean imageListedForCenter) {

        /** Where refusing this candidate with {@code code} contradicts what the platform itself listed. */
        Optional<String> contradiction(String code) {
            Placement p = placement;
            return switch (code) {
                case "0210" -> Optional.of("center " + p.centerId() + ", listed as connected by GET /centers, "
                        + "refused with 0210");
                case "0211" -> Optional.of("spec " + p.specId() + ", listed for center " + p.centerId()
                        + " by GET /resource/specs, refused with 0211");
                case "0221" -> fits && imageListedForCenter ? Optional.of("image " + p.imageId() + ", listed for center "
                        + p.centerId() + " by GET /resource/images and made for the spec's processor, refused with 0221")
                        : Optional.empty();
                default -> Optional.empty();
            };
        }
    }

    private final PlatformClient client;
    private final String token;

    PlacementFinder(PlatformClient client, String token) {
        this.client = client;
        this.token = token;
    }

    List<Candidate> candidates() {
        List<JsonNode> centers;
        try {
            centers = list(AnnexLists.CENTERS, Map.of()).stream()
                    .filter(center -> center.path("connected").asText().equals("true")).limit(MAX_CENTERS).toList();
        } catch (AssertionError e) {
            throw new KitError("cannot discover where a job could run: " + e.getMessage(), e);
        }
        if (centers.isEmpty()) {
            throw new KitError("no usable spec/image combination: GET /centers lists no connected center");
        }
        List<List<Candidate>> fitting = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        List<JsonNode> allImages = null;
        try {
            for (JsonNode center : centers) {
                String centerId = center.path("centerId").asText();
                List<JsonNode> specs = new ArrayList<>(list(AnnexLists.SPECS, Map.of(ListQueries.CENTER_ID, centerId)));
                specs.sort(Comparator.comparingLong((JsonNode spec) -> spec.at("/processor/processorNum").asLong(0))
                        .thenComparingLong(spec -> spec.at("/cpu/coreNum").asLong(0))
                        .thenComparingLong(spec -> spec.at("/memory/memorySize").asLong(0)));
                List<JsonNode> images = list(AnnexLists.IMAGES, Map.of(ListQueries.CENTER_ID, centerId));
                boolean listedForCenter = !images.isEmpty();
                if (!listedForCenter) {
                    allImages = allImages != null ? allImages : list(AnnexLists.IMAGES, Map.of());
                    images = allImages;
                }
                List<Candidate> fits = new ArrayList<>();
                for (JsonNode spec : specs) {
                    for (JsonNode image : images) {
                        boolean fit = Placement.fits(spec, image);
                        Candidate candidate = new Candidate(new Placement(center, spec, image), fit, listedForCenter);
                        (fit ? fits : others).add(candidate);
                    }
                }
                fitting.add(fits);
            }
        } catch (AssertionError e) {
            throw new KitError("cannot discover where a job could run: " + e.getMessage(), e);
        }
        List<Candidate> ordered = new ArrayList<>();
        for (int round = 0; ordered.size() < MAX_CANDIDATES; round++) {
            boolean any = false;
            for (List<Candidate> ofCenter : fitting) {
                if (round < ofCenter.size() && ordered.size() < MAX_CANDIDATES) {
                    ordered.add(ofCenter.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        others.stream().limit(Math.max(0, MAX_CANDIDATES - ordered.size())).forEach(ordered::add);
        if (ordered.isEmpty()) {
            throw new KitError("no usable spec/image combination: the connected centers "
                    + centers.stream().map(center -> center.path("centerId").asText()).toList()
                    + " list no resource spec, or GET /resource/images lists no image");
        }
        return ordered;
    }

    private List<JsonNode> list(AnnexList list, Map<String, String> filters) {
        return ListWalker.forDiscovery(client, token).walk(list, filters, null).items();
    }
}
