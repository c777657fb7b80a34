package org.aicnet.server.backends;

import org.aicnet.server.backend.AcceleratorBackend;
/**
 * Told of every call the server makes to a center's backend, once it returned or failed; the metrics count them.
 * {@link #NONE} is told nothing.
 */
@FunctionalInterface
public interface BackendCalls {

    BackendCalls NONE = (centerId, operation, failed, nanos) -> {
    };

    /** {@code operation} is the method of {@link AcceleratorBackend} (submit, states, stop, ...). */
    void called(String centerId, String operation, boolean failed, long nanos);
}
