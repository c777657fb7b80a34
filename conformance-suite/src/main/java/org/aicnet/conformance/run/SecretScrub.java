package org.aicnet.conformance.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.conformance.KitError;
import org.aicnet.conformance.platform.SecretRedaction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes the run's secrets from the files a plugin wrote, for example Allure's results, which copy the message and
 * stack trace of every failed check, where a platform may have echoed a token. Works on bytes, so text and binary
 * files alike; each secret is looked for as it is and as JSON escapes it.
 */
final class SecretScrub {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SecretScrub() {
    }

    static void directory(Path directory, Collection<String> secrets) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        Set<String> forms = forms(secrets);
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                scrub(file, forms);
            }
        } catch (IOException e) {
            throw new KitError("cannot remove secrets from " + directory + ": " + e, e);
        }
    }

    private static void scrub(Path file, Set<String> forms) throws IOException {
        // ISO-8859-1 maps each byte to one char and back, so the file's bytes survive whatever they are
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String scrubbed = bytes;
        for (String form : forms) {
            scrubbed = scrubbed.replace(form, SecretRedaction.REDACTED);
        }
        if (!scrubbed.equals(bytes)) {
            Files.write(file, scrubbed.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** Each secret as UTF-8 bytes and as the bytes of its JSON-escaped form, longest first. */
    private static Set<String> forms(Collection<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        secrets.stream().filter(secret -> secret != null && !secret.isEmpty())
                .sorted((a, b) -> b.length() - a.length()).forEach(secret -> {
                    forms.add(asBytes(secret));
                    forms.add(asBytes(jsonEscaped(secret)));
                });
        return forms;
    }

    private static String jsonEscaped(String secret) {
        try {
            String quoted = JSON.writeValueAsString(secret);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String asBytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
