package org.aicnet.conformance.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading R-image-choice: a task may show the image field its job was not created with, and then it agrees. */
class OtherImageFieldTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode task(String imageId, String imageUrl) {
        var task = JSON.createObjectNode().put("taskId", "t");
        if (imageId != null) {
            task.put("imageId", imageId);
        }
        if (imageUrl != null) {
            task.put("imageUrl", imageUrl);
        }
        return task;
    }

    @Test
    void aTaskOfAnImageIdJobMayShowThatImagesUrl() {
        List<JsonNode> tasks = List.of(task("img-1", "registry.example/pytorch:2"),
                task("img-1", "registry.example/pytorch:2"));
        assertDoesNotThrow(() -> OtherImageField.urlAgrees(tasks, "img-1", Optional.empty()));
        assertDoesNotThrow(() -> OtherImageField.urlAgrees(tasks, "img-1",
                Optional.of(JSON.createObjectNode().put("imageId", "img-1").put("imageUrl", "registry.example/pytorch:2"))));
        assertDoesNotThrow(() -> OtherImageField.urlAgrees(List.of(task("img-1", ""), task("img-1", null)), "img-1",
                Optional.empty()));
    }

    @Test
    void anOtherImageUrlThatDisagreesFails() {
        assertThrows(AssertionError.class, () -> OtherImageField.urlAgrees(List.of(task("img-1", "a:1"),
                task("img-1", "b:1")), "img-1", Optional.empty()));
        assertThrows(AssertionError.class, () -> OtherImageField.urlAgrees(List.of(task("img-1", "a:1")), "img-1",
                Optional.of(JSON.createObjectNode().put("imageId", "img-1").put("imageUrl", "b:1"))));
    }

    @Test
    void aTaskOfAnImageUrlJobMayShowTheIdOfAListedImage() {
        List<JsonNode> images = List.of(JSON.createObjectNode().put("imageId", "img-1"),
                JSON.createObjectNode().put("imageId", "img-2").put("imageUrl", "b:1"));
        assertDoesNotThrow(() -> OtherImageField.idAgrees(List.of(task("img-1", "a:1")), "a:1", images, true));
        assertDoesNotThrow(() -> OtherImageField.idAgrees(List.of(task(null, "a:1")), "a:1", images, true));
        assertThrows(AssertionError.class,
                () -> OtherImageField.idAgrees(List.of(task("img-9", "a:1")), "a:1", images, true));
        assertDoesNotThrow(() -> OtherImageField.idAgrees(List.of(task("img-9", "a:1")), "a:1", images, false),
                "an image beyond the part of the list that was read");
        assertThrows(AssertionError.class,
                () -> OtherImageField.idAgrees(List.of(task("img-2", "a:1")), "a:1", images, true));
    }
}
