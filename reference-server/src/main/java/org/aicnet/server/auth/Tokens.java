package org.aicnet.server.auth;

import org.aicnet.server.store.Database;
import org.aicnet.server.store.StoreException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issues tokens of 256 random bits (URL-safe Base64) and finds them again. Only a token's SHA-256 is stored, so the
 * database never holds a usable token.
 */
final class Tokens {

    /** An issued token, handed to the client once, and when it expires. */
    record Issued(String token, Instant expiresAt) {
    }

    /** A presented token that is known: whose it is, its account's failed log-ins in a row, when it expires. */
    record Session(Principal principal, int failedLogins, Instant expiresAt) {

        /** Reading R-frozen-account: the tokens of a frozen account stop working too. */
        boolean frozen(int maxFailedLogins) {
            return failedLogins >= maxFailedLogins;
        }
    }

    private static final int TOKEN_BYTES = 32;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** An expired token answers 0102 (not 0101) for this long after it expired; then it is forgotten. */
    private static final Duration EXPIRED_RETENTION = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final Clock clock;
    private final Duration lifetime;

    Tokens(Database database, Clock clock, Duration lifetime) {
        this.database = database;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    Issued issue(Account account) {
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        try (Connection connection = database.connection()) {
            try (PreparedStatement forget = connection.prepareStatement(
                    "DELETE FROM tokens WHERE user_id = ? AND expires_at < ?")) {
                forget.setString(1, account.userId());
                forget.setLong(2, now.minus(EXPIRED_RETENTION).toEpochMilli());
                forget.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, digest(token));
                insert.setString(2, account.userId());
                insert.setLong(3, expiresAt.toEpochMilli());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store a token", e);
        }
        return new Issued(token, expiresAt);
    }

    /** The session of a presented token; empty when it is malformed or was never issued. */
    Optional<Session> find(String token) {
        if (!WELL_FORMED.matcher(token).matches()) {
            return Optional.empty();
        }
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT t.expires_at, a.user_id, a.name, a.failed_logins"
                             + " FROM tokens t JOIN accounts a ON a.user_id = t.user_id WHERE t.token_hash = ?")) {
            statement.setString(1, digest(token));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Session(new Principal(row.getString("user_id"), row.getString("name")),
                        row.getInt("failed_logins"), Instant.ofEpochMilli(row.getLong("expires_at"))));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read a token", e);
        }
    }

    boolean expired(Session session) {
        return !clock.instant().isBefore(session.expiresAt());
    }

    private static String digest(String token) {
        try {
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha256);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
