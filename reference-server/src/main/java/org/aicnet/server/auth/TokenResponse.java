package org.aicnet.server.auth;

/** A.4: the token and when it expires ({@code yyyy-MM-dd HH:mm:ss} in the server's zone). */
record TokenResponse(String token, String expiresAt) {

    @Override
    public String toString() {
        return "TokenResponse[expiresAt=" + expiresAt + "]";
    }
}
