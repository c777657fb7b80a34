package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.JobFields;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reading R-image-choice: a task shows the image field its job was created with, and may show the other one too (a
 * platform may resolve an image id to its URL, or a URL to a listed image's id); where it does, the other field agrees
 * with that image. This judges the other field of a job's tasks against what the list of images shows.
 */
public final class OtherImageField {

    private OtherImageField() {
    }

    /** The values of {@code field} that the tasks show, without empty ones (an empty other field is no field). */
    public static Set<String> shown(List<JsonNode> tasks, String field) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode task : tasks) {
            JsonNode value = task.path(field);
            if (value.isTextual() && !value.asText().isEmpty()) {
                values.add(value.asText());
            }
        }
        return values;
    }

    /**
     * A job created with an image id: every task that shows an imageUrl shows the same one, and it is the URL that
     * the list of images gives that image where the list shows one ({@code image} empty: the image is not listed).
     */
    public static void urlAgrees(List<JsonNode> tasks, String imageId, Optional<JsonNode> image) {
        Set<String> urls = shown(tasks, JobFields.IMAGE_URL);
        if (urls.size() > 1) {
            throw new AssertionError("the tasks of one job created with imageId '" + imageId + "' show different "
                    + "image URLs " + urls + " (A.44, reading R-image-choice)");
        }
        Optional<String> listed = image.map(item -> item.path(JobFields.IMAGE_URL))
                .filter(url -> url.isTextual() && !url.asText().isEmpty()).map(JsonNode::asText);
        if (!urls.isEmpty() && listed.isPresent() && !listed.get().equals(urls.iterator().next())) {
            throw new AssertionError("the tasks of a job created with imageId '" + imageId + "' show the image URL '"
                    + urls.iterator().next() + "', but GET " + ApiPaths.IMAGES + " gives that image the URL '"
                    + listed.get() + "' (A.44, reading R-image-choice)");
        }
    }

    /**
     * A job created with an image URL: every task that shows an imageId shows the same one, an image of the list of
     * images ({@code images}), and where that image shows a URL it is the one the job was created with.
     */
    public static void idAgrees(List<JsonNode> tasks, String imageUrl, List<JsonNode> images, boolean allListed) {
        Set<String> ids = shown(tasks, JobFields.IMAGE_ID);
        if (ids.size() > 1) {
            throw new AssertionError("the tasks of one job created with imageUrl '" + imageUrl + "' show different "
                    + "image ids " + ids + " (A.44, reading R-image-choice)");
        }
        if (ids.isEmpty()) {
            return;
        }
        String id = ids.iterator().next();
        Optional<JsonNode> image = images.stream().filter(item -> id.equals(item.path(JobFields.IMAGE_ID).asText()))
                .findFirst();
        if (image.isEmpty()) {
            if (allListed) {
                throw new AssertionError("the tasks of a job created with imageUrl '" + imageUrl + "' show the image "
                        + "id '" + id + "', which GET " + ApiPaths.IMAGES + " does not list (A.44, R-image-choice)");
            }
            return;
        }
        JsonNode url = image.get().path(JobFields.IMAGE_URL);
        if (url.isTextual() && !url.asText().isEmpty() && !url.asText().equals(imageUrl)) {
            throw new AssertionError("the tasks of a job created with imageUrl '" + imageUrl + "' show the image id '"
                    + id + "', whose URL in GET " + ApiPaths.IMAGES + " is '" + url.asText()
                            + "' (A.44, R-image-choice)");
        }
    }
}
