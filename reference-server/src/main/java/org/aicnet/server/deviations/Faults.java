package org.aicnet.server.deviations;

import org.aicnet.server.http.ErrorStyle;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.http.RouteDecorator;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The faults a server was started with, fixed for its lifetime, and the hooks they give the server. Each fault is
 * implemented in one place: the answers and errors of its route ({@link RouteFaults}), the way list queries are read
 * ({@link QueryFaults}), the error body ({@link ErrorFaults}), or, where it is a rule of a feature, in that feature,
 * which asks {@link #on} once, when it is built. With no fault the hooks are the standard's own objects
 * ({@link RouteDecorator#NONE}, {@link QueryPolicy#STANDARD}, {@link ErrorStyle#STANDARD}) and every feature holds
 * {@code false}: a conforming server runs exactly the code it ran before the catalog existed.
 */
public final class Faults {

    public static final Faults NONE = new Faults(EnumSet.noneOf(Fault.class));

    private final Set<Fault> active;

    private Faults(EnumSet<Fault> active) {
        this.active = Collections.unmodifiableSet(active);
    }

    public static Faults of(Collection<Fault> faults) {
        EnumSet<Fault> active = EnumSet.noneOf(Fault.class);
        active.addAll(faults);
        return new Faults(active);
    }

    /** The faults of these names ({@link Fault#id}); an unknown name is a {@link ConfigException} listing them all. */
    public static Faults named(Collection<String> names) {
        return new Faults(Catalog.named(Fault.class, Fault::id, names, "fault"));
    }

    public boolean on(Fault fault) {
        return active.contains(fault);
    }

    public boolean none() {
        return active.isEmpty();
    }

    public Set<Fault> active() {
        return active;
    }

    /** How the list endpoint {@code METHOD /path} reads its query. */
    public QueryPolicy query(String endpoint) {
        QueryPolicy policy = QueryPolicy.STANDARD;
        for (Fault fault : active) {
            if (fault.endpoint().equals(endpoint)) {
                policy = QueryFaults.apply(fault, policy);
            }
        }
        return policy;
    }

    /** How error answers are written. */
    public ErrorStyle errors() {
        ErrorStyle style = ErrorStyle.STANDARD;
        for (Fault fault : active) {
            style = ErrorFaults.apply(fault, style);
        }
        return style;
    }

    /** What changes about the routes as they are registered. */
    public RouteDecorator routes() {
        return active.isEmpty() ? RouteDecorator.NONE : RouteFaults.of(active);
    }
}
