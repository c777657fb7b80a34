package org.aicnet.server.deviations;

import io.javalin.config.JavalinConfig;
import org.aicnet.server.auth.AuthRules;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.datasets.DatasetRules;
import org.aicnet.server.http.ErrorStyle;
import org.aicnet.server.http.QueryPolicies;
import org.aicnet.server.http.RouteDecorator;
import org.aicnet.server.jobs.JobRules;
import org.aicnet.server.jobs.tasklogs.TaskLogRules;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The faults and variants a server was started with, fixed for its lifetime, and what they make of the server: the
 * configuration it runs, the HTTP stack, the edits of single routes, the query policies of list routes, the error
 * style and the rules of each route group. Each deviation is implemented once ({@link FaultDeviations},
 * {@link VariantDeviations}); the faults are applied first, then the variants. Without deviations every object is
 * the standard's own ({@link RouteDecorator#NONE}, {@link QueryPolicies#STANDARD}, {@link ErrorStyle#STANDARD},
 * {@code STANDARD} rules): a conforming server runs exactly its own code.
 */
public final class Deviations {

    public static final Deviations NONE = new Deviations(EnumSet.noneOf(Fault.class), EnumSet.noneOf(Variant.class));

    private final Set<Fault> faults;
    private final Set<Variant> variants;
    private final Hooks hooks = new Hooks();

    private Deviations(EnumSet<Fault> faults, EnumSet<Variant> variants) {
        this.faults = Collections.unmodifiableSet(faults);
        this.variants = Collections.unmodifiableSet(variants);
        faults.forEach(fault -> FaultDeviations.of(fault).apply(hooks));
        variants.forEach(variant -> VariantDeviations.of(variant).apply(hooks));
    }

    /**
     * The deviations of these names ({@link Fault#id}, {@link Variant#id}); an unknown name is a
     * {@link org.aicnet.server.config.ConfigException} listing them all.
     */
    public static Deviations named(Collection<String> faults, Collection<String> variants) {
        return new Deviations(Catalog.named(Fault.class, Fault::id, faults, "fault"),
                Catalog.named(Variant.class, Variant::id, variants, "variant"));
    }

    static Deviations of(Collection<Fault> faults, Collection<Variant> variants) {
        EnumSet<Fault> faultSet = EnumSet.noneOf(Fault.class);
        faultSet.addAll(faults);
        EnumSet<Variant> variantSet = EnumSet.noneOf(Variant.class);
        variantSet.addAll(variants);
        return new Deviations(faultSet, variantSet);
    }

    /** Whether no fault is switched on: the server conforms (variants conform too). */
    public boolean conforms() {
        return faults.isEmpty();
    }

    /** The faults switched on, by name, in the catalog's order; empty for a conforming server. */
    public String faultNames() {
        return faults.stream().map(Fault::id).collect(Collectors.joining(", "));
    }

    /** The variants switched on, by name, in the catalog's order; empty for the server's own behaviour. */
    public String variantNames() {
        return variants.stream().map(Variant::id).collect(Collectors.joining(", "));
    }

    /** The configuration with the settings the deviations choose (a token lifetime, a time zone). */
    public NetworkConfig config(NetworkConfig config) {
        return hooks.configured(config);
    }

    /** The path the API is served under: empty, or that of {@link Variant#API_UNDER_BASE_PATH}. */
    public String basePath() {
        return hooks.basePath();
    }

    /** The settings of the HTTP stack and the handlers around every request, set up as Javalin is configured. */
    public void configure(JavalinConfig javalin) {
        hooks.configure(javalin);
    }

    /** What changes about single routes as they are registered. */
    public RouteDecorator routes() {
        return hooks.routeEdits().isEmpty() ? RouteDecorator.NONE : hooks.routeEdits();
    }

    /** How error answers are written. */
    public ErrorStyle errors() {
        return hooks.errorStyle();
    }

    /** How each list route reads its query. */
    public QueryPolicies queries() {
        return hooks::query;
    }

    public AuthRules auth() {
        return hooks.authRules();
    }

    public JobRules jobs() {
        return hooks.jobRules();
    }

    public TaskLogRules taskLogs() {
        return hooks.taskLogRules();
    }

    public DatasetRules datasets() {
        return hooks.datasetRules();
    }
}
