package org.aicnet.server.console;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.aicnet.server.http.Access;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.web.ClasspathFiles;
import org.aicnet.server.web.Extensions;

import java.util.Set;

/**
 * A web console for people prototyping against the server, outside annex A: plain static files (class-path folder
 * {@code console/}) whose script calls the API of annex A with the token of its log-in form. The files need no
 * token; every call the page makes does. {@code /} leads to it.
 */
public final class ConsoleRoutes implements RouteGroup {

    static final String PAGE = Extensions.CONSOLE + "/index.html";

    private final ClasspathFiles files =
            new ClasspathFiles("console", Set.of("index.html", "console.js", "console.css", "md5.js"));

    @Override
    public void register(RouteTable routes) {
        routes.get(Extensions.CONSOLE, ConsoleRoutes::toPage, Access.PUBLIC)
                .get(Extensions.ROOT, ConsoleRoutes::toPage, Access.PUBLIC)
                .get(Extensions.CONSOLE + "/{" + ClasspathFiles.FILE + "}", files, Access.PUBLIC);
    }

    // The page names its files relative to itself, so it is reached below the folder, never as the folder itself.
    private static void toPage(Context ctx) {
        ctx.redirect(PAGE, HttpStatus.FOUND);
    }
}
