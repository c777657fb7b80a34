package org.aicnet.server.bench;

import io.javalin.Javalin;
import org.aicnet.server.http.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline: a bare Javalin server on 127.0.0.1 answering GET /centers with the bytes of a file (the body the
 * reference server answered), with no token check, no request log and none of the server's guards.
 * {@code BareJavalin BODY_FILE}; prints the reference server's start-up line form, "listening on URL ".
 */
public final class BareJavalin {

    private BareJavalin() {
    }

    public static void main(String[] args) throws IOException {
        byte[] body = Files.readAllBytes(Path.of(args[0]));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/centers", ctx -> ctx.contentType(Json.CONTENT_TYPE).result(body));
        }).start("127.0.0.1", 0);
        System.out.println("bare Javalin listening on http://127.0.0.1:" + app.port() + " ");
    }
}
