package org.aicnet.server.guard;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.server.config.RequestLimits;
import org.aicnet.server.http.BodyLimit;

/** Attaches the configured {@link RequestLimits} of bodies to each request, for the handlers that read one. */
final class ReadLimits implements Handler {

    private final long maxJsonBodyBytes;
    private final int maxFormTextBytes;

    ReadLimits(RequestLimits limits) {
        this.maxJsonBodyBytes = limits.maxJsonBodyBytes();
        this.maxFormTextBytes = limits.maxFormTextBytes();
    }

    @Override
    public void handle(Context ctx) {
        BodyLimit.attach(ctx, maxJsonBodyBytes, maxFormTextBytes);
    }
}
