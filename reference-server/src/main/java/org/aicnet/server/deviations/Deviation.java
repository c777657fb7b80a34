package org.aicnet.server.deviations;

/**
 * The implementation of one {@link Fault} or {@link Variant}: what it changes of the server, given as changes of the
 * server's {@link Hooks} (a route's answers, a route group's rules, the error body, the HTTP stack), made once, at
 * start-up.
 */
@FunctionalInterface
interface Deviation {

    void apply(Hooks hooks);
}
