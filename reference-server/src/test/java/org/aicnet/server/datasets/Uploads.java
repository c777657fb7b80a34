package org.aicnet.server.datasets;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.standard.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/** Builds the multipart form of A.28 for tests: every field given unless a test leaves it out or changes it. */
final class Uploads {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private byte[] content;
    private String fileName = "data.bin";

    private Uploads(byte[] content) {
        this.content = content;
        fields.put(Api.MD5, md5(content));
        fields.put(Api.TITLE, "my dataset");
        fields.put(Api.SIZE, Long.toString(content.length));
        fields.put(Api.DATASET_DESC, "a dataset of my own");
        fields.put(Api.LABELS, "test");
    }

    /** A form for {@code content} with its right MD5 and size. */
    static Uploads of(byte[] content) {
        return new Uploads(content);
    }

    static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    Uploads with(String field, String value) {
        fields.put(field, value);
        return this;
    }

    Uploads without(String field) {
        fields.remove(field);
        if (field.equals(Api.FILE)) {
            content = null;
        }
        return this;
    }

    Uploads fileName(String name) {
        fileName = name;
        return this;
    }

    Response post(RequestSpecification request) {
        RequestSpecification spec = given(request);
        fields.forEach((name, value) -> spec.multiPart(new MultiPartSpecBuilder(value).controlName(name)
                .mimeType("text/plain").charset(StandardCharsets.UTF_8).build()));
        if (content != null) {
            spec.multiPart(Api.FILE, fileName, content, "application/octet-stream");
        }
        return spec.post(ApiPaths.DATASET_UPLOAD);
    }

    static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code condition} holds within a few seconds. */
    static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    /** Every file under {@code directory}, however deep. */
    static List<Path> filesUnder(Path directory) {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
