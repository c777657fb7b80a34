package org.aicnet.server.guard;

import io.javalin.config.JavalinConfig;
import org.aicnet.server.config.RequestLimits;
import org.aicnet.server.http.BodyLimit;
import org.aicnet.server.http.ErrorStyle;

/**
 * Installs the protections of this package on a Javalin configuration, before any route group registers a route: they
 * apply to every request, matched or not, and Jetty's refusals take the error body of {@code style}. What does not
 * depend on the request is set up here once: the body limits on the servlet context, the security headers as Jetty
 * takes each request; only the check of the request's escapes runs as a handler.
 */
public final class Guards {

    /** The upload form of A.28 has six fields; Jetty's default is 1000 parts. */
    private static final int MAX_FORM_PARTS = 64;

    private Guards() {
    }

    public static void install(JavalinConfig javalin, RequestLimits limits, ErrorStyle style) {
        JettyRefusals refusals = new JettyRefusals(style);
        javalin.jetty.modifyServer(server -> server.setErrorHandler(refusals));
        javalin.jetty.modifyServletContextHandler(context -> {
            context.setErrorHandler(refusals);
            context.setMaxFormKeys(MAX_FORM_PARTS);
            // Jetty reads the text fields of a multipart form into memory, up to this much in all (its default is
            // 200,000 bytes); past it the form is refused before any is read (0204, datasets.UploadForm).
            context.setMaxFormContentSize(limits.maxFormTextBytes());
            BodyLimit.configure(context, limits.maxJsonBodyBytes(), limits.maxFormTextBytes());
        });
        javalin.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(limits.maxHeaderBytes());
            http.setSendServerVersion(false);
            http.addCustomizer(new SecurityHeaders());
        });
        javalin.routes.before(new StrictEscapes());
    }
}
