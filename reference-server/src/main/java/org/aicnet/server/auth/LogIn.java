package org.aicnet.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.JsonBody;
import org.aicnet.server.passwords.PasswordHash;
import org.aicnet.server.standard.Times;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * POST /auth/tokens (A.1-A.4). Bad credentials are 401/0101 and count against the account; after
 * {@code maxFailedLogins} failures in a row the account is frozen, 401/0103 even with the right password
 * (reading R-frozen-account). A successful log-in clears the count.
 */
final class LogIn implements Handler {

    /**
     * Checked when the name is unknown, so that an unknown name costs as long as a wrong password: the hash of a
     * random password nobody knows, written out so that no start-up time is spent deriving it.
     */
    private static final PasswordHash NOBODY = PasswordHash.parse(
            "pbkdf2-sha256$210000$4q2mjomBv3nbDXIL1nD01Q$PB5fBpKi7vzFKfOXttm+UkQEVnUuS/4dXXEUcDeAH4Y").orElseThrow();

    private final Accounts accounts;
    private final Tokens tokens;
    private final int maxFailedLogins;
    private final ZoneId zone;
    private final AuthRules rules;
    private final LogInQueue queue = new LogInQueue();

    LogIn(Accounts accounts, Tokens tokens, int maxFailedLogins, ZoneId zone, AuthRules rules) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.maxFailedLogins = maxFailedLogins;
        this.zone = zone;
        this.rules = rules;
    }

    @Override
    public void handle(Context ctx) {
        Credentials credentials = Credentials.read(JsonBody.of(ctx), rules.toleratedInLogIn());
        Account account = authenticate(credentials);
        Tokens.Issued issued = tokens.issue(account);
        String expiresAt = Times.format(LocalDateTime.ofInstant(issued.expiresAt(), zone));
        Json.send(ctx, new TokenResponse(issued.token(), expiresAt));
    }

    private Account authenticate(Credentials credentials) {
        Optional<Account> found = accounts.named(credentials.name());
        if (found.isEmpty()) {
            NOBODY.matches(credentials.password());
            throw ApiException.of(ErrorCode.AUTHENTICATION_FAILED, "wrong user name or password");
        }
        return queue.inTurn(found.get().userId(), () -> checkInTurn(credentials));
    }

    /** The account as the log-in before this one left it: its count, its freeze. */
    private Account checkInTurn(Credentials credentials) {
        Account account = accounts.named(credentials.name())
                .orElseThrow(() -> ApiException.of(ErrorCode.AUTHENTICATION_FAILED, "wrong user name or password"));
        if (rules.logInFreeze().frozen(account.failedLogins(), maxFailedLogins)) {
            throw ApiException.of(ErrorCode.ACCOUNT_FROZEN, "too many failed log-ins in a row");
        }
        if (!account.password().matches(credentials.password())) {
            accounts.recordFailure(account.userId());
            throw ApiException.of(ErrorCode.AUTHENTICATION_FAILED, "wrong user name or password");
        }
        if (account.failedLogins() > 0) {
            accounts.clearFailures(account.userId());
        }
        return account;
    }
}
