package org.aicnet.server.jobs.tasklogs;

import org.aicnet.server.store.Database;
import org.aicnet.server.store.SecretFile;
import org.aicnet.server.store.SharedSecret;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the temporary log links of A.48: an HMAC-SHA256 over the job, the task, the content type and the
 * expiry (epoch milliseconds). The secret is random, made once and kept in the data directory ({@value #KEY_FILE}),
 * so that links handed out before a restart still work after it.
 */
public final class TaskLogSigner {

    static final String KEY_FILE = "log-link.key";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    /** What a presented link is: good, altered or made up (403/0101), or past its expiry (403/0102). */
    public enum Verdict { VALID, TAMPERED, EXPIRED }

    private final SecretKeySpec key;
    private final Clock clock;

    TaskLogSigner(byte[] secret, Clock clock) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.clock = clock;
    }

    /** The signer of the data directory, whose secret is made on first use. */
    public static TaskLogSigner open(Path dataDirectory, Clock clock) {
        return new TaskLogSigner(SecretFile.read(dataDirectory.resolve(KEY_FILE), KEY_BYTES, "log link secret"), clock);
    }

    /**
     * The signer of the store: on a store replicas share, its secret is in the store, so that a link one replica
     * signed opens on every other (docs/replicas.md); else as {@link #open(Path, Clock)}.
     */
    public static TaskLogSigner open(Database database, Path dataDirectory, Clock clock) {
        return new TaskLogSigner(SharedSecret.of(database, dataDirectory, KEY_FILE, KEY_BYTES, "log link secret"),
                clock);
    }

    /** The expiry of a link made now that lives {@code lifetimeMillis}. */
    public long expiry(long lifetimeMillis) {
        return clock.millis() + lifetimeMillis;
    }

    public String signature(String jobId, String taskId, String contentType, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(String.join("\n", jobId, taskId, contentType, Long.toString(expires))
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Checks a link's parameters as presented; any of them missing or malformed is a tampered link. */
    public Verdict verify(String jobId, String taskId, String contentType, String expires, String signature) {
        if (contentType == null || expires == null || signature == null) {
            return Verdict.TAMPERED;
        }
        long expiry;
        try {
            expiry = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            return Verdict.TAMPERED;
        }
        byte[] expected = signature(jobId, taskId, contentType, expiry).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.TAMPERED;
        }
        return clock.millis() > expiry ? Verdict.EXPIRED : Verdict.VALID;
    }
}
