package org.aicnet.conformance.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SecretScrubTest {

    @TempDir
    Path directory;

    @Test
    void removesEachSecretAsItIsAndAsJsonEscapesIt() throws Exception {
        Path result = directory.resolve("nested").resolve("x-result.json");
        Files.createDirectories(result.getParent());
        Files.writeString(result, "{\"message\":\"token tok-123 and password pa\\\"ss\\\\wörd\"}",
                StandardCharsets.UTF_8);
        SecretScrub.directory(directory, List.of("tok-123", "pa\"ss\\wörd"));
        assertEquals("{\"message\":\"token *** and password ***\"}", Files.readString(result, StandardCharsets.UTF_8));
    }

    @Test
    void leavesTheOtherBytesOfABinaryFileAlone() throws Exception {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF, 't', 'o', 'k', '-', '1', '2', '3', (byte) 0xC3};
        Path png = Files.write(directory.resolve("attachment.png"), bytes);
        SecretScrub.directory(directory, List.of("tok-123"));
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF, '*', '*', '*', (byte) 0xC3},
                Files.readAllBytes(png));
    }
}
