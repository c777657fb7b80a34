package org.aicnet.server.jobs;

import org.aicnet.server.store.Database;
import org.aicnet.server.store.SharedSecret;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The signed address of an online job's service (A.60 url): an HMAC-SHA256 of the service's id in its
 * {@code signature} query parameter, which stands for the owner's token as the signature of a log link does
 * (A.48). It lives as long as the job: the address is handed out once, when the job is created. The secret is random
 * and kept in the data directory ({@value #KEY_FILE}), so that addresses survive a restart.
 */
final class ServiceLinks {

    static final String KEY_FILE = "service-link.key";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;

    private ServiceLinks(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Replicas on one store share the secret (docs/replicas.md): an address one of them made works on all. */
    static ServiceLinks open(Database database, Path dataDirectory) {
        return new ServiceLinks(SharedSecret.of(database, dataDirectory, KEY_FILE, KEY_BYTES, "service link secret"));
    }

    String signature(String jobId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(("service\n" + jobId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    boolean valid(String jobId, String signature) {
        return signature != null && MessageDigest.isEqual(signature(jobId).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
