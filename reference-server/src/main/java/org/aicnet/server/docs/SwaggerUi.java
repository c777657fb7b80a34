package org.aicnet.server.docs;

import io.javalin.http.Context;
import org.aicnet.server.web.ClasspathFiles;
import org.aicnet.server.web.Extensions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;

/**
 * Swagger UI from its webjar (org.webjars:swagger-ui), so that the page works offline: its own files, and an
 * initializer of ours that points it at {@value Extensions#OPENAPI_JSON} instead of the webjar's demo document.
 */
final class SwaggerUi {

    static final String INITIALIZER = "swagger-initializer.js";
    static final String PAGE = Extensions.SWAGGER_UI + "/index.html";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Set<String> FILES = Set.of("index.html", "index.css", "swagger-ui.css",
            "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "favicon-16x16.png", "favicon-32x32.png");

    private final ClasspathFiles webjar = new ClasspathFiles(WEBJAR + version(), FILES);
    private final ClasspathFiles ours = new ClasspathFiles("docs", Set.of(INITIALIZER));

    /** The page and its files, {@code /swagger-ui/{file}}. */
    void send(Context ctx, String file) {
        if (file.equals(INITIALIZER)) {
            ours.send(ctx, file);
        } else {
            webjar.send(ctx, file);
        }
    }

    /** The webjar's version, the name of its folder, from its Maven metadata. */
    private static String version() {
        String metadata = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
        try (InputStream in = SwaggerUi.class.getClassLoader().getResourceAsStream(metadata)) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
