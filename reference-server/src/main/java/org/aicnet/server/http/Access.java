package org.aicnet.server.http;

import io.javalin.security.RouteRole;

/**
 * Reading R-token-required: every route needs a token except those registered with {@link #PUBLIC}
 * (POST /auth/tokens, the signed log link), and those registered with {@link #TOKEN_OR_SIGNATURE} (an online job's
 * service address), which take a token when one is sent and else leave the handler to check the link's signature.
 */
public enum Access implements RouteRole {
    PUBLIC,
    TOKEN_OR_SIGNATURE
}
