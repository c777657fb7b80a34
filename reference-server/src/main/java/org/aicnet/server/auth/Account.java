package org.aicnet.server.auth;

import org.aicnet.server.passwords.PasswordHash;
/** A stored account: who it is, its password hash and how many log-ins in a row failed. */
record Account(String userId, String name, PasswordHash password, int failedLogins) {

    Principal principal() {
        return new Principal(userId, name);
    }
}
