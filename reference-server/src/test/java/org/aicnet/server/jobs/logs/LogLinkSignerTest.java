package org.aicnet.server.jobs.logs;

import org.aicnet.server.jobs.logs.LogLinkSigner.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The HMAC of a log link over job, task, content type and expiry, with a secret kept in the data directory. */
class LogLinkSignerTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void aLinkAsSignedIsValidUntilItExpires() {
        LogLinkSigner signer = LogLinkSigner.open(data, NOW);
        long expires = signer.expiry(1000);
        String signature = signer.signature("job-1", "task-0", "text/plain", expires);
        assertEquals(Verdict.VALID, signer.verify("job-1", "task-0", "text/plain", Long.toString(expires), signature));
        LogLinkSigner later = LogLinkSigner.open(data, Clock.offset(NOW, java.time.Duration.ofMillis(1001)));
        assertEquals(Verdict.EXPIRED, later.verify("job-1", "task-0", "text/plain", Long.toString(expires), signature));
    }

    @Test
    void changingAnyPartIsTampering() {
        LogLinkSigner signer = LogLinkSigner.open(data, NOW);
        long expires = signer.expiry(1000);
        String signature = signer.signature("job-1", "task-0", "text/plain", expires);
        String at = Long.toString(expires);
        assertEquals(Verdict.TAMPERED, signer.verify("job-2", "task-0", "text/plain", at, signature));
        assertEquals(Verdict.TAMPERED, signer.verify("job-1", "task-1", "text/plain", at, signature));
        assertEquals(Verdict.TAMPERED, signer.verify("job-1", "task-0", "application/octet-stream", at, signature));
        assertEquals(Verdict.TAMPERED, signer.verify("job-1", "task-0", "text/plain", at + "0", signature));
        assertEquals(Verdict.TAMPERED, signer.verify("job-1", "task-0", "text/plain", "soon", signature));
        assertEquals(Verdict.TAMPERED, signer.verify("job-1", "task-0", "text/plain", at, signature + "x"));
        assertEquals(Verdict.TAMPERED, signer.verify("job-1", "task-0", "text/plain", null, signature));
        assertEquals(Verdict.TAMPERED, signer.verify("job-1", "task-0", null, at, signature));
        assertEquals(Verdict.TAMPERED, signer.verify("job-1", "task-0", "text/plain", at, null));
    }

    @Test
    void theSecretIsKeptSoLinksSurviveARestartAndDiffersBetweenDataDirectories(@TempDir Path other) {
        String first = LogLinkSigner.open(data, NOW).signature("job-1", "task-0", "text/plain", 5);
        assertEquals(first, LogLinkSigner.open(data, NOW).signature("job-1", "task-0", "text/plain", 5));
        assertNotEquals(first, LogLinkSigner.open(other, NOW).signature("job-1", "task-0", "text/plain", 5));
    }

    @Test
    void aDamagedSecretIsRefused() throws Exception {
        Files.write(data.resolve(LogLinkSigner.KEY_FILE), new byte[]{1, 2, 3});
        assertThrows(IllegalStateException.class, () -> LogLinkSigner.open(data, NOW));
    }
}
