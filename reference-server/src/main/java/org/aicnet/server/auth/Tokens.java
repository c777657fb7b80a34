package org.aicnet.server.auth;

import org.aicnet.server.http.BoundedMemo;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues tokens of 256 random bits (URL-safe Base64) and finds them again. Only a token's SHA-256 is stored, so the
 * database never holds a usable token. The issued tokens are also held in memory, read from the database at their
 * first use and written through on every issue, so that checking one costs no query: a token names its account,
 * whose freeze state {@link Accounts} holds in memory as well. The digests of the tokens presented last are kept in
 * memory too (never stored), so that a client's every request costs no SHA-256; whether its token is still issued,
 * unexpired and of an unfrozen account is read afresh each time.
 */
final class Tokens {

    /** An issued token, handed to the client once, and when it expires. */
    record Issued(String token, Instant expiresAt) {
    }

    /** A presented token that is known: whose it is, its account's failed log-ins in a row, when it expires. */
    record Session(Principal principal, int failedLogins, Instant expiresAt) {
    }

    private static final int TOKEN_BYTES = 32;
    /** The length of a token: 32 bytes in URL-safe Base64 without padding. */
    private static final int TOKEN_LENGTH = 43;
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Tokens::sha256);
    /** Presented tokens whose digest is kept, at most about this many: the tokens of the clients at work. */
    private static final int KEPT_DIGESTS = 1024;
    /** An expired token answers 0102 (not 0101) for this long after it expired; then it is forgotten. */
    private static final Duration EXPIRED_RETENTION = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the database holds of an issued token, by its digest. */
    private record Held(String userId, Instant expiresAt) {
    }

    private final Database database;
    private final Accounts accounts;
    private final Clock clock;
    private final Duration lifetime;
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    /** A token's digest only: whether it is known, whose it is and its expiry are read from {@link #held} each time. */
    private final BoundedMemo<String, String> digests = new BoundedMemo<>(KEPT_DIGESTS, Tokens::digest);
    private volatile boolean loaded;

    Tokens(Database database, Accounts accounts, Clock clock, Duration lifetime) {
        this.database = database;
        this.accounts = accounts;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    Issued issue(Account account) {
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        Instant forgotten = now.minus(EXPIRED_RETENTION);
        String digest = digest(token);
        load();
        try (Connection connection = database.connection()) {
            try (PreparedStatement forget = connection.prepareStatement(
                    "DELETE FROM tokens WHERE user_id = ? AND expires_at < ?")) {
                forget.setString(1, account.userId());
                forget.setLong(2, forgotten.toEpochMilli());
                forget.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, digest);
                insert.setString(2, account.userId());
                insert.setLong(3, expiresAt.toEpochMilli());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store a token", e);
        }
        held.values().removeIf(old -> old.userId().equals(account.userId()) && old.expiresAt().isBefore(forgotten));
        held.put(digest, new Held(account.userId(), expiresAt));
        return new Issued(token, expiresAt);
    }

    /** The session of a presented token; empty when it is malformed, was never issued or its account is gone. */
    Optional<Session> find(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        load();
        String digest = digests.get(token);
        Optional<Held> known = Optional.ofNullable(held.get(digest));
        if (known.isEmpty() && database.shared()) {
            // replicas: another one may have issued it
            known = stored(digest);
        }
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Held found = known.get();
        return accounts.byId(found.userId())
                .map(account -> new Session(account.principal(), account.failedLogins(), found.expiresAt()));
    }

    /** The tokens of the database, once; after the accounts are synchronized, which removes the tokens of some. */
    private void load() {
        if (loaded) {
            return;
        }
        synchronized (held) {
            if (loaded) {
                return;
            }
            accounts.awaitSynchronized();
            try (Connection connection = database.connection();
                 PreparedStatement statement = connection.prepareStatement(
                         "SELECT token_hash, user_id, expires_at FROM tokens");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    held.putIfAbsent(rows.getString(1),
                            new Held(rows.getString(2), Instant.ofEpochMilli(rows.getLong(3))));
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the tokens", e);
            }
            loaded = true;
        }
    }

    private Optional<Held> stored(String digest) {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT user_id, expires_at FROM tokens WHERE token_hash = ?")) {
            statement.setString(1, digest);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Held found = new Held(row.getString(1), Instant.ofEpochMilli(row.getLong(2)));
                held.put(digest, found);
                return Optional.of(found);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read a token", e);
        }
    }

    boolean expired(Session session) {
        return !clock.instant().isBefore(session.expiresAt());
    }

    /** 43 characters of URL-safe Base64, as {@link #issue} writes a token. */
    private static boolean wellFormed(String token) {
        if (token.length() != TOKEN_LENGTH) {
            return false;
        }
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String digest(String token) {
        byte[] sha256 = SHA_256.get().digest(token.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
