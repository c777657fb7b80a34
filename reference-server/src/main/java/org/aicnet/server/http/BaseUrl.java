package org.aicnet.server.http;

/**
 * The base of the absolute URLs the server hands out (signed log links, online services): {@code server.publicUrl}
 * when the configuration sets it, else the address the server listens on, which is known only once it has started;
 * route groups read it lazily, when they answer a request.
 */
public final class BaseUrl {

    private final String configured;
    private volatile String listening;

    private BaseUrl(String configured) {
        this.configured = configured == null || configured.isBlank() ? null : stripSlash(configured.trim());
    }

    /** {@code publicUrl}: the configured base, or null or blank for the address the server listens on. */
    public static BaseUrl of(String publicUrl) {
        return new BaseUrl(publicUrl);
    }

    /** Called once the server listens. */
    public void listening(String url) {
        this.listening = stripSlash(url);
    }

    /** The base URL without a trailing slash; the paths of the server follow it. */
    public String get() {
        String url = configured != null ? configured : listening;
        if (url == null) {
            throw new IllegalStateException("the server is not listening yet");
        }
        return url;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
