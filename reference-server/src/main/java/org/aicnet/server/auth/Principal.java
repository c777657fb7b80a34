package org.aicnet.server.auth;

import io.javalin.http.Context;

/** The authenticated user of a request, set by the token check before any secured handler runs. */
public record Principal(String userId, String name) {

    private static final String ATTRIBUTE = "aicnet.principal";

    public void attachTo(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }

    /** The caller, where a token was sent to a route of {@code Access.TOKEN_OR_SIGNATURE}; else empty. */
    public static java.util.Optional<Principal> find(Context ctx) {
        return java.util.Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The caller of a secured route; only the token check sets it, so a secured handler always finds one. */
    public static Principal of(Context ctx) {
        Principal principal = ctx.attribute(ATTRIBUTE);
        if (principal == null) {
            throw new IllegalStateException("no principal: route " + ctx.path() + " is not behind the token check");
        }
        return principal;
    }
}
