package org.aicnet.server.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;

import java.util.Set;

/**
 * What the server's log may say of a request: never one of its values (reading R-no-input-harm). The route it
 * matched as declared ({@code /trainjob/{id}}, not the id), a method of RFC 9110 or {@code OTHER}, and of a failure
 * its classes and frames without their messages, which may quote what the client sent.
 */
public final class LoggedRequest {

    private static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT");
    private static final String NO_ROUTE = "(no route)";
    private static final int MAX_CAUSES = 8;

    private LoggedRequest() {
    }

    public static String method(Context ctx) {
        String method = ctx.method().name();
        return METHODS.contains(method) ? method : "OTHER";
    }

    public static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? NO_ROUTE : endpoint.path;
    }

    /** {@code failure} and its causes, each as its class and stack frames only. */
    public static Throwable withoutMessages(Throwable failure) {
        return copy(failure, 0);
    }

    private static Throwable copy(Throwable failure, int depth) {
        Throwable cause = failure.getCause() == null || depth >= MAX_CAUSES ? null
                : copy(failure.getCause(), depth + 1);
        Throwable copy = new Withheld(failure.getClass().getName(), cause);
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** A failure whose message is withheld; its text is the class of the original. */
    private static final class Withheld extends RuntimeException {
        private final String type;

        Withheld(String type, Throwable cause) {
            super(null, cause, false, true);
            this.type = type;
        }

        @Override
        public String toString() {
            return type + " (message withheld: it may quote the request)";
        }
    }
}
