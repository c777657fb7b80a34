package org.aicnet.server.web;

import java.util.List;

/**
 * The server's documented extensions outside annex A: the API's documents and page, health, metrics and the web
 * console. None of them shares a first path segment with a path of annex A (a test checks it against openapi.yaml),
 * so no annex-A route can ever be shadowed by one of them.
 */
public final class Extensions {

    public static final String OPENAPI_YAML = "/openapi.yaml";
    public static final String OPENAPI_JSON = "/openapi.json";
    public static final String SWAGGER_UI = "/swagger-ui";
    public static final String DOCS = "/docs";
    public static final String HEALTH = "/health";
    public static final String HEALTH_LIVE = "/health/live";
    public static final String HEALTH_READY = "/health/ready";
    public static final String METRICS = "/metrics";
    public static final String CONSOLE = "/console";
    /** The server's root leads to the console. */
    public static final String ROOT = "/";

    /** Every extension path; the routes of each are this path or below it. */
    public static final List<String> PATHS =
            List.of(OPENAPI_YAML, OPENAPI_JSON, SWAGGER_UI, DOCS, HEALTH, METRICS, CONSOLE);

    private Extensions() {
    }
}
