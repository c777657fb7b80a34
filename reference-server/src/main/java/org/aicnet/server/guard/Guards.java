package org.aicnet.server.guard;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import org.aicnet.server.config.RequestLimits;
import org.aicnet.server.http.ErrorStyle;

/**
 * Installs the protections of this package on a Javalin configuration, before any feature registers a route: they
 * run before every request, matched or not, and Jetty's refusals take the error body of {@code style}.
 */
public final class Guards {

    /** A multipart part larger than this is spooled to disk by Jetty while it parses the form. */
    private static final int PART_IN_MEMORY_KIB = 16;
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
        });
        javalin.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(limits.maxHeaderBytes());
            http.setSendServerVersion(false);
        });
        javalin.jetty.multipartConfig.maxInMemoryFileSize(PART_IN_MEMORY_KIB, SizeUnit.KB);
        javalin.routes.before(new SecurityHeaders());
        javalin.routes.before(new StrictEscapes());
        javalin.routes.before(new ReadLimits(limits));
    }
}
