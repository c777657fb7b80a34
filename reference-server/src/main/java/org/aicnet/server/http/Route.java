package org.aicnet.server.http;

import io.javalin.http.HandlerType;

/** A route of the server: its method and its path as Javalin writes it ({@code /trainjob/{id}}). */
public record Route(HandlerType method, String path) {

    public static Route get(String path) {
        return new Route(HandlerType.GET, path);
    }

    public static Route post(String path) {
        return new Route(HandlerType.POST, path);
    }

    public static Route delete(String path) {
        return new Route(HandlerType.DELETE, path);
    }

    /** {@code METHOD /path}, as annex A names its endpoints. */
    @Override
    public String toString() {
        return method.name() + " " + path;
    }
}
