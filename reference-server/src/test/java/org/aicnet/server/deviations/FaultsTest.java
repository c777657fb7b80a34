package org.aicnet.server.deviations;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import org.aicnet.server.config.ConfigException;
import org.aicnet.server.http.ErrorStyle;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.http.RouteDecorator;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog's names and hooks. Without faults every hook is the standard's own object, so a conforming server runs
 * the code it ran before the catalog; with one, only what the fault touches changes.
 */
class FaultsTest {

    private static final Handler HANDLER = ctx -> { };

    @Test
    void withoutFaultsEveryHookIsTheStandardOne() {
        Faults none = Faults.named(List.of());
        assertTrue(none.none());
        assertSame(RouteDecorator.NONE, none.routes());
        assertSame(ErrorStyle.STANDARD, none.errors());
        for (String endpoint : List.of("GET " + Api.CENTERS, "GET " + Api.SPECS, "GET " + Api.IDLE,
                "GET " + Api.IMAGES, "GET " + Api.DATASETS, "GET " + Api.TRAIN_JOBS)) {
            assertSame(QueryPolicy.STANDARD, none.query(endpoint), endpoint);
        }
    }

    @Test
    void aFaultWrapsTheHandlerOfItsRouteOnly() {
        RouteDecorator routes = Faults.of(Set.of(Fault.CENTERS_WITHOUT_PROVINCE)).routes();
        assertNotSame(HANDLER, routes.handler(HandlerType.GET, Api.CENTERS, HANDLER));
        assertSame(HANDLER, routes.handler(HandlerType.GET, Api.SPECS, HANDLER));
        assertSame(HANDLER, routes.handler(HandlerType.POST, Api.TRAIN_JOBS, HANDLER));
    }

    @Test
    void aFaultOfTheQueryChangesTheQueryPolicyOfItsEndpointOnly() {
        Faults faults = Faults.of(Set.of(Fault.JOB_LIST_SORT_IGNORED));
        assertNotSame(QueryPolicy.STANDARD, faults.query("GET " + Api.TRAIN_JOBS));
        assertSame(QueryPolicy.STANDARD, faults.query("GET " + Api.SPECS));
        assertSame(HANDLER, faults.routes().handler(HandlerType.GET, Api.TRAIN_JOBS, HANDLER));
        assertSame(ErrorStyle.STANDARD, faults.errors());
    }

    @Test
    void aFaultOfAccessChangesTheRolesOfItsRoute() {
        RouteRole[] declared = {};
        RouteDecorator routes = Faults.of(Set.of(Fault.IMAGES_WITHOUT_TOKEN)).routes();
        assertEquals(1, routes.roles(HandlerType.GET, Api.IMAGES, declared).length);
        assertSame(declared, routes.roles(HandlerType.GET, Api.CENTERS, declared));
    }

    @Test
    void namesAreTheKebabCaseOfTheConstants() {
        assertEquals("log-link-never-expires", Fault.LOG_LINK_NEVER_EXPIRES.id());
        assertEquals(Set.of(Fault.LOG_LINK_NEVER_EXPIRES, Fault.UNKNOWN_PATH_AS_400),
                Faults.named(List.of("log-link-never-expires", "unknown-path-as-400")).active());
    }

    @Test
    void anUnknownNameIsAConfigurationErrorListingEveryName() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> Faults.named(List.of("job-list-sort-ignored", "no-such-fault")));
        assertTrue(e.getMessage().startsWith("unknown fault 'no-such-fault'; the faults are: "), e.getMessage());
        Arrays.stream(Fault.values()).forEach(fault -> assertTrue(e.getMessage().contains(fault.id()), fault.id()));
    }

    @Test
    void everyFaultNamesTheRequirementsItBreaks() {
        Arrays.stream(Fault.values()).forEach(fault -> assertTrue(!fault.requirements().isEmpty()
                && fault.requirements().stream().allMatch(id -> id.matches("[0-9AB][0-9.]*-[A-Za-z0-9.-]+")),
                fault.id()));
    }
}
