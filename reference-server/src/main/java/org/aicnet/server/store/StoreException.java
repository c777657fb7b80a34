package org.aicnet.server.store;

/** The database failed; answered as 500/0100 without the internal message. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
