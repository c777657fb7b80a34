package org.aicnet.server.http;

/** The {@link QueryPolicy} each list route reads its query with; {@link #STANDARD} gives every route the standard's. */
@FunctionalInterface
public interface QueryPolicies {

    QueryPolicies STANDARD = route -> QueryPolicy.STANDARD;

    QueryPolicy of(Route route);
}
