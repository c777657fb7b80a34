package org.aicnet.server.auth;

/** A stored account: who it is, its password hash and how many log-ins in a row failed. */
record Account(String userId, String name, PasswordHash password, int failedLogins) {

    /** Reading R-frozen-account: frozen once {@code maxFailedLogins} log-ins in a row failed. */
    boolean frozen(int maxFailedLogins) {
        return failedLogins >= maxFailedLogins;
    }

    Principal principal() {
        return new Principal(userId, name);
    }
}
