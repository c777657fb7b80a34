package org.aicnet.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.http.Access;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.standard.Api;

import java.util.Optional;

/**
 * Runs before every matched route not registered with {@link Access#PUBLIC}: reads the token of reading
 * R-token-header and attaches the caller's {@link Principal}. A missing, malformed or unknown token is 401/0101, an
 * expired one 401/0102, a token of a frozen account 401/0103.
 */
final class TokenCheck implements Handler {

    private final Accounts accounts;
    private final Tokens tokens;
    private final int maxFailedLogins;
    private final AuthRules.Freeze freeze;

    /** {@code freeze}: reading R-frozen-account, the tokens of a frozen account stop working too. */
    TokenCheck(Accounts accounts, Tokens tokens, int maxFailedLogins, AuthRules.Freeze freeze) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.maxFailedLogins = maxFailedLogins;
        this.freeze = freeze;
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.routeRoles().contains(Access.PUBLIC)) {
            return;
        }
        Optional<String> presented = presented(ctx);
        if (presented.isEmpty() && ctx.routeRoles().contains(Access.TOKEN_OR_SIGNATURE)) {
            return;
        }
        String token = presented.orElseThrow(() -> ApiException.of(ErrorCode.AUTHENTICATION_FAILED,
                "no token: send it as " + Api.TOKEN_HEADER + " or " + Api.AUTHORIZATION_HEADER + ": "
                        + Api.BEARER_SCHEME));
        accounts.awaitSynchronized();
        Tokens.Session session = tokens.find(token)
                .orElseThrow(() -> ApiException.of(ErrorCode.AUTHENTICATION_FAILED, "unknown token"));
        if (freeze.frozen(session.failedLogins(), maxFailedLogins)) {
            throw ApiException.of(ErrorCode.ACCOUNT_FROZEN, "too many failed log-ins in a row");
        }
        if (tokens.expired(session)) {
            throw ApiException.of(ErrorCode.TOKEN_EXPIRED, "log in again for a new token");
        }
        session.principal().attachTo(ctx);
    }

    private static Optional<String> presented(Context ctx) {
        String token = ctx.header(Api.TOKEN_HEADER);
        if (token != null) {
            return Optional.of(token.strip());
        }
        String authorization = ctx.header(Api.AUTHORIZATION_HEADER);
        String prefix = Api.BEARER_SCHEME + " ";
        if (authorization != null && authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.of(authorization.substring(prefix.length()).strip());
        }
        return Optional.empty();
    }
}
