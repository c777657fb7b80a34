package org.aicnet.server.auth;

import org.aicnet.server.http.RequestSchema;

import java.util.function.Predicate;

/**
 * How the auth routes judge a log-in and a token: which violations of token-request.json a log-in body may have,
 * and when an account counts as frozen, for a new log-in and for the tokens it holds. {@link #STANDARD} is the
 * standard's; the deviations of {@code org.aicnet.server.deviations} replace single rules.
 */
public record AuthRules(Predicate<RequestSchema.Violation> toleratedInLogIn, Freeze logInFreeze,
                        Freeze tokenFreeze) {

    public static final AuthRules STANDARD = new AuthRules(violation -> false, Freeze.STANDARD, Freeze.STANDARD);

    /** When failed log-ins in a row freeze an account. */
    @FunctionalInterface
    public interface Freeze {

        /** Reading R-frozen-account: frozen once {@code maxFailedLogins} log-ins in a row failed. */
        Freeze STANDARD = (failedLogins, maxFailedLogins) -> failedLogins >= maxFailedLogins;

        boolean frozen(int failedLogins, int maxFailedLogins);
    }

    public AuthRules withToleratedInLogIn(Predicate<RequestSchema.Violation> tolerated) {
        return new AuthRules(tolerated, logInFreeze, tokenFreeze);
    }

    public AuthRules withLogInFreeze(Freeze freeze) {
        return new AuthRules(toleratedInLogIn, freeze, tokenFreeze);
    }

    public AuthRules withTokenFreeze(Freeze freeze) {
        return new AuthRules(toleratedInLogIn, logInFreeze, freeze);
    }
}
