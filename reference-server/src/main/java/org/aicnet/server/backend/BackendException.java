package org.aicnet.server.backend;

/** A backend could not do what was asked (its scheduler or cluster failed); answered as 500/0101 (adapter). */
public class BackendException extends Exception {

    public BackendException(String message) {
        super(message);
    }

    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
