package org.aicnet.server.deviations;

import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.auth.AuthRules;
import org.aicnet.server.config.ConfigException;
import org.aicnet.server.datasets.DatasetRules;
import org.aicnet.server.http.ErrorStyle;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.http.Route;
import org.aicnet.server.http.RouteDecorator;
import org.aicnet.server.jobs.JobRules;
import org.aicnet.server.jobs.tasklogs.TaskLogRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogs' names and what their deviations change. Without deviations every object is the standard's own, so a
 * conforming server runs its own code; with one, only what it touches changes; every fault and variant is
 * implemented (the switches of {@link FaultDeviations} and {@link VariantDeviations} hold each to exactly one arm),
 * and no code outside this package names one.
 */
class DeviationsTest {

    private static final Handler HANDLER = ctx -> { };
    private static final List<Route> LISTS = List.of(Route.get(ApiPaths.CENTERS), Route.get(ApiPaths.SPECS),
            Route.get(ApiPaths.IDLE), Route.get(ApiPaths.IMAGES), Route.get(ApiPaths.DATASETS),
                    Route.get(ApiPaths.TRAIN_JOBS));

    @Test
    void withoutDeviationsEveryObjectIsTheStandardOne() {
        Deviations none = Deviations.named(List.of(), List.of());
        assertTrue(none.conforms());
        assertEquals("", none.basePath());
        assertSame(RouteDecorator.NONE, none.routes());
        assertSame(ErrorStyle.STANDARD, none.errors());
        assertSame(AuthRules.STANDARD, none.auth());
        assertSame(JobRules.STANDARD, none.jobs());
        assertSame(TaskLogRules.STANDARD, none.taskLogs());
        assertSame(DatasetRules.STANDARD, none.datasets());
        LISTS.forEach(route -> assertSame(QueryPolicy.STANDARD, none.queries().of(route), route.toString()));
    }

    @Test
    void everyFaultAndEveryVariantChangesTheServer() {
        for (Fault fault : Fault.values()) {
            Hooks hooks = new Hooks();
            FaultDeviations.of(fault).apply(hooks);
            assertTrue(hooks.changes() > 0, fault.id() + " changes nothing");
        }
        for (Variant variant : Variant.values()) {
            Hooks hooks = new Hooks();
            VariantDeviations.of(variant).apply(hooks);
            assertTrue(hooks.changes() > 0, variant.id() + " changes nothing");
        }
    }

    @Test
    void everyFaultOfARouteNamesARouteOfTheServer() {
        Arrays.stream(Fault.values()).forEach(fault -> fault.route().ifPresent(route ->
                assertEquals(route.toString(), fault.endpoint(), fault.id())));
    }

    @Test
    void noCodeOutsideThisPackageNamesAFaultOrAVariant() throws IOException {
        Path main = Path.of("src", "main", "java");
        Path here = main.resolve(Path.of("org", "aicnet", "server", "deviations"));
        Pattern named = Pattern.compile("\\b(Fault|Variant|FaultKind)\\.[A-Z_]{2,}"
                + "|import org\\.aicnet\\.server\\.deviations\\.(?!Deviations;)");
        try (Stream<Path> files = Files.walk(main)) {
            List<Path> naming = files.filter(file -> file.toString().endsWith(".java") && !file.startsWith(here))
                    .filter(file -> named.matcher(read(file)).find()).toList();
            assertEquals(List.of(), naming, "only org.aicnet.server.deviations may name faults and variants");
        }
    }

    @Test
    void aFaultWrapsTheHandlerOfItsRouteOnly() {
        RouteDecorator routes = Deviations.of(Set.of(Fault.CENTERS_WITHOUT_PROVINCE), Set.of()).routes();
        assertNotSame(HANDLER, routes.handler(Route.get(ApiPaths.CENTERS), HANDLER));
        assertSame(HANDLER, routes.handler(Route.get(ApiPaths.SPECS), HANDLER));
        assertSame(HANDLER, routes.handler(Route.post(ApiPaths.TRAIN_JOBS), HANDLER));
    }

    @Test
    void aFaultOfTheQueryChangesTheQueryPolicyOfItsRouteOnly() {
        Deviations deviations = Deviations.of(Set.of(Fault.JOB_LIST_SORT_IGNORED), Set.of());
        assertNotSame(QueryPolicy.STANDARD, deviations.queries().of(Route.get(ApiPaths.TRAIN_JOBS)));
        assertSame(QueryPolicy.STANDARD, deviations.queries().of(Route.get(ApiPaths.SPECS)));
        assertSame(RouteDecorator.NONE, deviations.routes());
        assertSame(ErrorStyle.STANDARD, deviations.errors());
    }

    @Test
    void aFaultOfARuleReplacesThatRuleOnly() {
        JobRules rules = Deviations.of(Set.of(Fault.DOWNLOAD_AS_JSON), Set.of()).jobs();
        assertEquals(rules, JobRules.STANDARD.withResultMediaType(rules.resultMediaType()));
        assertNotEquals(JobRules.STANDARD.resultMediaType(), rules.resultMediaType());
    }

    @Test
    void aFaultOfAccessChangesTheRolesOfItsRoute() {
        RouteRole[] declared = {};
        RouteDecorator routes = Deviations.of(Set.of(Fault.IMAGES_WITHOUT_TOKEN), Set.of()).routes();
        assertEquals(1, routes.roles(Route.get(ApiPaths.IMAGES), declared).length);
        assertSame(declared, routes.roles(Route.get(ApiPaths.CENTERS), declared));
    }

    @Test
    void namesAreTheKebabCaseOfTheConstantsInTheCatalogsOrder() {
        assertEquals("log-link-never-expires", Fault.LOG_LINK_NEVER_EXPIRES.id());
        Deviations deviations = Deviations.named(List.of("unknown-path-as-400", "log-link-never-expires"),
                List.of("uuid-job-ids", "etags"));
        assertEquals("log-link-never-expires, unknown-path-as-400", deviations.faultNames());
        assertEquals("etags, uuid-job-ids", deviations.variantNames());
    }

    @Test
    void anUnknownNameIsAConfigurationErrorListingEveryName() {
        ConfigException fault = assertThrows(ConfigException.class,
                () -> Deviations.named(List.of("job-list-sort-ignored", "no-such-fault"), List.of()));
        assertTrue(fault.getMessage().startsWith("unknown fault 'no-such-fault'; the faults are: "),
                fault.getMessage());
        Arrays.stream(Fault.values()).forEach(entry -> assertTrue(fault.getMessage().contains(entry.id()),
                entry.id()));
        ConfigException variant = assertThrows(ConfigException.class,
                () -> Deviations.named(List.of(), List.of("no-such-variant")));
        assertTrue(variant.getMessage().startsWith("unknown variant 'no-such-variant'; the variants are: "),
                variant.getMessage());
        Arrays.stream(Variant.values()).forEach(entry -> assertTrue(variant.getMessage().contains(entry.id()),
                entry.id()));
    }

    @Test
    void everyFaultNamesTheRequirementsItBreaks() {
        Arrays.stream(Fault.values()).forEach(fault -> assertTrue(!fault.requirements().isEmpty()
                && fault.requirements().stream().allMatch(id -> id.matches("[0-9AB][0-9.]*-[A-Za-z0-9.-]+")),
                fault.id()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
