package org.aicnet.server.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.http.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Static files of one class-path folder, served by name ({@code {file}} of the route): only the names given, so that
 * no request can read anything else of the class path. A file is read once and kept.
 */
public final class ClasspathFiles implements Handler {

    public static final String FILE = "file";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "png", "image/png",
            "svg", "image/svg+xml");

    private final String folder;
    private final Set<String> names;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public ClasspathFiles(String folder, Set<String> names) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.names = Set.copyOf(names);
        names.forEach(name -> {
            if (getClass().getClassLoader().getResource(this.folder + name) == null) {
                throw new IllegalStateException("no " + this.folder + name + " on the class path");
            }
        });
    }

    @Override
    public void handle(Context ctx) {
        send(ctx, ctx.pathParam(FILE));
    }

    /** Answers with the named file; a name not among the folder's files is 404/0202, as an unknown path. */
    public void send(Context ctx, String name) {
        if (!names.contains(name)) {
            throw ApiException.of(ErrorCode.PARAMETER_VALUE, 404, "no such resource: " + ctx.path());
        }
        ctx.status(200).contentType(type(name)).header("Cache-Control", "no-cache")
                .result(cache.computeIfAbsent(name, this::read));
    }

    private byte[] read(String name) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(folder + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
