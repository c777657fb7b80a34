package org.aicnet.server.deviations;

import io.javalin.config.JavalinConfig;
import org.aicnet.server.config.AuthSettings;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.config.ServerSettings;
import org.aicnet.server.http.ErrorStyle;
import org.aicnet.server.http.RouteDecorator;
import org.aicnet.server.jobs.JobRules;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The conforming variants a server was started with, fixed for its lifetime, and the hooks they give the server, as
 * {@link Faults} does for faults: the configuration it runs ({@link #config}), the Javalin settings and the handlers
 * around every request ({@link HttpVariants}), single routes ({@link RouteVariants}), error messages, and the rules of
 * the job engine ({@link JobRules}). With none, every hook is the server's own behaviour.
 */
public final class Variants {

    public static final Variants NONE = new Variants(EnumSet.noneOf(Variant.class));

    static final String BASE_PATH = "/api/v1";
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(20);
    private static final Duration PENDING_AT_LEAST = Duration.ofSeconds(3);

    private final Set<Variant> active;

    private Variants(EnumSet<Variant> active) {
        this.active = Collections.unmodifiableSet(active);
    }

    /** The variants of these names ({@link Variant#id}); an unknown name is a config error listing them all. */
    public static Variants named(Collection<String> names) {
        return new Variants(Catalog.named(Variant.class, Variant::id, names, "variant"));
    }

    public boolean on(Variant variant) {
        return active.contains(variant);
    }

    public Set<Variant> active() {
        return active;
    }

    /** The configuration with the settings the variants choose: the tokens' lifetime, the time zone. */
    public NetworkConfig config(NetworkConfig config) {
        AuthSettings auth = on(Variant.TOKENS_LIVE_20_SECONDS)
                ? new AuthSettings(TOKEN_LIFETIME, config.auth().maxFailedLogins()) : config.auth();
        ServerSettings server = config.server();
        if (on(Variant.TIMES_IN_UTC)) {
            server = new ServerSettings(server.host(), server.port(), "UTC", server.publicUrl(), server.limits());
        }
        return new NetworkConfig(server, config.store(), auth, config.jobs(), config.datasets(), config.specs(), config.centers(),
                config.images(), config.publicDatasets(), config.accounts(), config.faults(), config.variants());
    }

    /** The path the API is served under: empty, or {@code /api/v1}. */
    public String basePath() {
        return on(Variant.API_UNDER_BASE_PATH) ? BASE_PATH : "";
    }

    /** The variants of the HTTP stack and of every answer, set up as Javalin is configured. */
    public void configure(JavalinConfig javalin) {
        HttpVariants.configure(javalin, active);
    }

    /** What changes about single routes as they are registered. */
    public RouteDecorator routes() {
        return active.isEmpty() ? RouteDecorator.NONE : RouteVariants.of(active);
    }

    /** How error answers are written, given how the faults write them. */
    public ErrorStyle errors(ErrorStyle style) {
        return on(Variant.ERROR_MESSAGES_IN_CHINESE) ? style.withMessages((row, detail) -> row.description()) : style;
    }

    /** How the job engine names jobs and tasks and how soon it places them. */
    public JobRules jobs() {
        return new JobRules(VariantIds.of(active), on(Variant.JOB_STAYS_PENDING) ? PENDING_AT_LEAST : Duration.ZERO);
    }
}
