package org.aicnet.server.auth;

import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.config.AuthSettings;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.Access;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.store.Database;

import java.time.Clock;

/**
 * Accounts and tokens: POST /auth/tokens (A.1) and the token check in front of every other route. Closing it waits
 * for the configured accounts to be stored, which starts in the background.
 */
public final class AuthRoutes implements RouteGroup, AutoCloseable {

    private final Accounts accounts;
    private final LogIn logIn;
    private final TokenCheck tokenCheck;

    public AuthRoutes(NetworkConfig config, Database database, Clock clock, AuthRules rules) {
        this.accounts = new Accounts(database, config.accounts());
        AuthSettings settings = config.auth();
        Tokens tokens = new Tokens(database, accounts, clock, settings.tokenLifetime());
        this.logIn = new LogIn(accounts, tokens, settings.maxFailedLogins(), config.server().zone(),
                rules);
        this.tokenCheck = new TokenCheck(accounts, tokens, settings.maxFailedLogins(), rules.tokenFreeze());
    }

    @Override
    public void register(RouteTable routes) {
        routes.beforeMatched(tokenCheck);
        routes.post(ApiPaths.TOKENS, logIn, Access.PUBLIC);
    }

    @Override
    public void close() {
        accounts.awaitSynchronized();
    }
}
