package org.aicnet.server.deviations;

import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import org.aicnet.server.standard.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The variants of the HTTP stack, set up as Javalin is configured, never inside a handler: where the API is mounted,
 * compression and ETags, a handler before every request that refuses chunked bodies, and handlers after every answer
 * that add headers or rewrite its JSON ({@link JsonAnswers}).
 */
final class HttpVariants {

    private static final int LENGTH_REQUIRED = 411;

    private HttpVariants() {
    }

    static void configure(JavalinConfig javalin, Set<Variant> active) {
        if (active.contains(Variant.API_UNDER_BASE_PATH)) {
            javalin.router.contextPath = Variants.BASE_PATH;
        }
        if (active.contains(Variant.GZIP_EVERY_ANSWER)) {
            CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
            gzip.setDefaultMinSizeForCompression(0);
            // files (the result archive, a log as an attachment) go as they are, with their Content-Length
            List<String> excluded = new ArrayList<>(gzip.getExcludedMimeTypes());
            excluded.add("application/octet-stream");
            gzip.setExcludedMimeTypes(excluded);
            javalin.http.compressionStrategy = gzip;
        }
        if (active.contains(Variant.ETAGS)) {
            javalin.http.generateEtags = true;
        }
        if (active.contains(Variant.CHUNKED_REQUEST_BODIES_REFUSED)) {
            javalin.routes.before(ctx -> {
                String coding = ctx.header("Transfer-Encoding");
                if (coding != null && coding.toLowerCase(Locale.ROOT).contains("chunked")) {
                    throw ErrorCode.PARAMETER_TYPE.exception(LENGTH_REQUIRED,
                            "a request body needs a Content-Length; chunked bodies are not read");
                }
            });
        }
        if (active.contains(Variant.EXTRA_HEADERS)) {
            javalin.routes.after(ctx -> ctx.header("X-Request-Id", UUID.randomUUID().toString())
                    .header("Cache-Control", "no-store").header("Access-Control-Allow-Origin", "*"));
        }
        if (active.contains(Variant.CONNECTION_CLOSE)) {
            javalin.routes.after(ctx -> ctx.header("Connection", "close"));
        }
        JsonAnswers.of(active).ifPresent(javalin.routes::after);
    }
}
