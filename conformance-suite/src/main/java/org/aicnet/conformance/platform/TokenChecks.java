package org.aicnet.conformance.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.schemas.standard.TimeFormat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The judgements of logging in (7.2.1, tables A.1-A.4, readings R-frozen-account and R-token-lifetime). Each throws an
 * {@link AssertionError} naming what the standard or the reading asks and what the platform sent.
 */
public final class TokenChecks {

    /** The most any time zone is behind UTC: an expiry that lies in the past there lies in the past everywhere. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(-12);

    private TokenChecks() {
    }

    /** B.1, reading R-frozen-account: a wrong password is 401/0101 until the account is frozen (401/0103). */
    public static void wrongPasswordRefused(int attempt, ApiResponse response, String code) {
        if (!"0101".equals(code)) {
            throw new AssertionError("log-in " + attempt + " of the throw-away account with a wrong password is "
                    + "answered 401/0101 (B.1) until the account is frozen (401/0103); got HTTP "
                    + response.status() + ": " + Exchange.cut(response.text()));
        }
    }

    /** A.4: the answer to a log-in carries a non-empty String token; returns it. */
    public static String token(ApiResponse response) {
        JsonNode token = Expect.json(response).get("token");
        if (token == null || !token.isTextual() || token.asText().isEmpty()) {
            throw new AssertionError("the answer of A.4 carries no non-empty String token: "
                    + Exchange.cut(response.text()));
        }
        return token.asText();
    }

    /** 7.2.1: a call carrying a token just issued, in the configured header, is served. */
    public static void served(ApiResponse served, String tokenHeader) {
        if (served.status() / 100 != 2) {
            throw new AssertionError("a call carrying the token just issued, in the header " + tokenHeader
                    + ", was answered HTTP " + served.status() + ": " + Exchange.cut(served.text()));
        }
    }

    /**
     * A.4, readings R-time-format and R-token-lifetime: expiresAt is a time, ahead of now; the platform's time zone is
     * its own, so the expiry must lie ahead in at least one zone.
     */
    public static void expiresAfterIssued(String expiresAt) {
        LocalDateTime expiry;
        try {
            expiry = LocalDateTime.parse(expiresAt, DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"));
        } catch (DateTimeParseException e) {
            throw new AssertionError("expiresAt '" + expiresAt + "' is not a time " + TimeFormat.PATTERN
                    + " (A.4, R-time-format)");
        }
        LocalDateTime earliestNow = LocalDateTime.now(EARLIEST_ZONE);
        if (!expiry.isAfter(earliestNow)) {
            throw new AssertionError("the token issued now expires at " + expiresAt
                    + ", a time already past in every time zone (A.4, R-token-lifetime)");
        }
    }
}
