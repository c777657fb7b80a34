package org.aicnet.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The server's routes as the route groups declare them. Besides handing them to Javalin it remembers them, so that a
 * wrong method can be answered with the {@code Allow} header of reading R-unknown-route.
 */
public final class RouteTable {

    private record Known(HandlerType method, Pattern path) {
    }

    private final RoutesConfig routes;
    private final RouteDecorator decorator;
    private final List<Known> known = new ArrayList<>();

    public RouteTable(RoutesConfig routes, RouteDecorator decorator) {
        this.routes = routes;
        this.decorator = decorator;
    }

    public RouteTable get(String path, Handler handler, RouteRole... roles) {
        return add(HandlerType.GET, path, handler, roles);
    }

    public RouteTable post(String path, Handler handler, RouteRole... roles) {
        return add(HandlerType.POST, path, handler, roles);
    }

    public RouteTable delete(String path, Handler handler, RouteRole... roles) {
        return add(HandlerType.DELETE, path, handler, roles);
    }

    /** A handler run before the handler of every matched route (the token check); unmatched requests skip it. */
    public RouteTable beforeMatched(Handler handler) {
        routes.beforeMatched(handler);
        return this;
    }

    private RouteTable add(HandlerType method, String path, Handler declared, RouteRole... declaredRoles) {
        Route route = new Route(method, path);
        Handler handler = decorator.handler(route, declared);
        RouteRole[] roles = decorator.roles(route, declaredRoles);
        if (method == HandlerType.GET) {
            routes.get(path, handler, roles);
            // HEAD is GET without the body (RFC 9110 9.3.2): the same handler, status and headers; Jetty drops the body.
            routes.head(path, handler, roles);
            remember(HandlerType.HEAD, path);
        } else if (method == HandlerType.POST) {
            routes.post(path, handler, roles);
        } else {
            routes.delete(path, handler, roles);
        }
        remember(method, path);
        return this;
    }

    private void remember(HandlerType method, String path) {
        // {param} matches one path segment, <param> the rest of the path, slashes included (Javalin's syntax).
        known.add(new Known(method, Pattern.compile(path.replaceAll("\\{[^}/]+}", "[^/]+")
                .replaceAll("<[^>/]+>", ".+"))));
    }

    /** The methods some route answers at this path; empty when no route has this path at all. */
    public Set<String> methodsAt(String path) {
        Set<String> methods = new TreeSet<>();
        for (Known route : known) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method().name());
            }
        }
        return methods;
    }
}
