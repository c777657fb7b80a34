package org.aicnet.server.jobs.tasklogs;

import org.aicnet.server.jobs.tasklogs.TaskLogSigner.Verdict;
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
class TaskLogSignerTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void aLinkAsSignedIsValidUntilItExpires() {
        TaskLogSigner signer = TaskLogSigner.open(data, NOW);
        long expires = signer.expiry(1000);
        String signature = signer.signature("job-1", "task-0", "text/plain", expires);
        assertEquals(Verdict.VALID, signer.verify("job-1", "task-0", "text/plain", Long.toString(expires), signature));
        TaskLogSigner later = TaskLogSigner.open(data, Clock.offset(NOW, java.time.Duration.ofMillis(1001)));
        assertEquals(Verdict.EXPIRED, later.verify("job-1", "task-0", "text/plain", Long.toString(expires), signature));
    }

    @Test
    void changingAnyPartIsTampering() {
        TaskLogSigner signer = TaskLogSigner.open(data, NOW);
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
        String first = TaskLogSigner.open(data, NOW).signature("job-1", "task-0", "text/plain", 5);
        assertEquals(first, TaskLogSigner.open(data, NOW).signature("job-1", "task-0", "text/plain", 5));
        assertNotEquals(first, TaskLogSigner.open(other, NOW).signature("job-1", "task-0", "text/plain", 5));
    }

    @Test
    void aDamagedSecretIsRefused() throws Exception {
        Files.write(data.resolve(TaskLogSigner.KEY_FILE), new byte[]{1, 2, 3});
        assertThrows(IllegalStateException.class, () -> TaskLogSigner.open(data, NOW));
    }
}
