package org.aicnet.server.http;

import io.javalin.http.Handler;
import io.javalin.security.RouteRole;

/**
 * What may change about a route as {@link RouteTable} registers it: the handler it runs and the roles it carries
 * ({@link Access#PUBLIC} or none). {@link #NONE} changes nothing and is the only decorator of the server's own behaviour; the
 * deviations of {@code org.aicnet.server.deviations} wrap the handlers of the routes they touch, once, at start-up.
 */
public interface RouteDecorator {

    RouteDecorator NONE = new RouteDecorator() {
        @Override
        public Handler handler(Route route, Handler handler) {
            return handler;
        }

        @Override
        public RouteRole[] roles(Route route, RouteRole[] roles) {
            return roles;
        }
    };

    Handler handler(Route route, Handler handler);

    /** This decorator's changes, and {@code outer}'s around them. */
    default RouteDecorator then(RouteDecorator outer) {
        RouteDecorator inner = this;
        return new RouteDecorator() {
            @Override
            public Handler handler(Route route, Handler handler) {
                return outer.handler(route, inner.handler(route, handler));
            }

            @Override
            public RouteRole[] roles(Route route, RouteRole[] roles) {
                return outer.roles(route, inner.roles(route, roles));
            }
        };
    }

    RouteRole[] roles(Route route, RouteRole[] roles);
}
