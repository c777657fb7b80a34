package org.aicnet.server.passwords;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash in the form {@code pbkdf2-sha256$iterations$salt$hash}, salt and hash in
 * Base64. The configuration may give a password in this form; a plain one is hashed before it is stored.
 */
public final class PasswordHash {

    public static final String PREFIX = "pbkdf2-sha256$";

    /** About 50 ms per hash on a laptop: log-in and start-up stay quick; a configured hash may use more. */
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** A new hash of {@code password} with a fresh salt. */
    public static PasswordHash of(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(ITERATIONS, salt, derive(password, salt, ITERATIONS, HASH_BITS));
    }

    /** Whether a configured password is given in the hash form (else it is plain text). */
    public static boolean isHashForm(String configured) {
        return configured.startsWith(PREFIX);
    }

    /** The hash of its text form; empty when the text is not a well-formed hash. */
    public static Optional<PasswordHash> parse(String text) {
        if (!isHashForm(text)) {
            return Optional.empty();
        }
        String[] parts = text.substring(PREFIX.length()).split("\\$", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            int iterations = Integer.parseInt(parts[0]);
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] hash = Base64.getDecoder().decode(parts[2]);
            if (iterations < 1 || salt.length == 0 || hash.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new PasswordHash(iterations, salt, hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean matches(String password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations, hash.length * Byte.SIZE));
    }

    public String text() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** The same derivation: iterations, salt and hash (however the Base64 was padded). */
    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordHash that && iterations == that.iterations
                && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * iterations + Arrays.hashCode(salt)) + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return text();
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
