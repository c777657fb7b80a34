package org.aicnet.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;

/**
 * What may change about a route as {@link RouteTable} registers it: the handler it runs and the roles it carries
 * ({@link Access#PUBLIC} or none). {@link #NONE} changes nothing and is the only decorator of the server's own behaviour; the
 * faults of {@code org.aicnet.server.deviations} wrap the handlers of the routes they touch, once, at start-up.
 */
public interface RouteDecorator {

    RouteDecorator NONE = new RouteDecorator() {
        @Override
        public Handler handler(HandlerType method, String path, Handler handler) {
            return handler;
        }

        @Override
        public RouteRole[] roles(HandlerType method, String path, RouteRole[] roles) {
            return roles;
        }
    };

    Handler handler(HandlerType method, String path, Handler handler);

    /** This decorator's changes, and {@code outer}'s around them. */
    default RouteDecorator then(RouteDecorator outer) {
        RouteDecorator inner = this;
        return new RouteDecorator() {
            @Override
            public Handler handler(HandlerType method, String path, Handler handler) {
                return outer.handler(method, path, inner.handler(method, path, handler));
            }

            @Override
            public RouteRole[] roles(HandlerType method, String path, RouteRole[] roles) {
                return outer.roles(method, path, inner.roles(method, path, roles));
            }
        };
    }

    RouteRole[] roles(HandlerType method, String path, RouteRole[] roles);
}
