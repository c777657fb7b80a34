package org.aicnet.server.http;

import io.javalin.security.RouteRole;

/**
 * Reading R-token-required: every route needs a token except those registered with {@link #PUBLIC}
 * (POST /auth/tokens, the signed log link, an online job's service address).
 */
public enum Access implements RouteRole {
    PUBLIC
}
