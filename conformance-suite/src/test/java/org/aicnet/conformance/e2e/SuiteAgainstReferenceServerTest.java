package org.aicnet.conformance.e2e;

import org.aicnet.conformance.config.ConfigSources;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;
import org.aicnet.conformance.run.SuiteRun;
import org.aicnet.server.ReferenceServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4 point 9: the whole suite, through the code path of the jar ({@link SuiteRun}), against the reference server
 * in-process on a free port, on each of its stores ({@link ReferenceStore}), with two users, a frozen account and an
 * expired token configured. Every mandatory check must pass, and no check may fail or err (an undefined step errs).
 * The run's time is printed, never asserted: speed is measured by benchmarks, not by timed tests.
 * {@code -Daicnet.tags=EXPR} narrows the run while a feature is being written.
 */
class SuiteAgainstReferenceServerTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(ReferenceStore.class)
    void everyMandatoryCheckPassesAgainstTheReferenceServer(ReferenceStore on) {
        String store = on.yaml();
        Path data = directory.resolve("data");
        String expiredToken = ReferenceNetwork.expiredToken(ReferenceNetwork.configuration(directory, "PT1S", store),
                data);
        Path network = ReferenceNetwork.configuration(directory, "PT24H", store);
        try (ReferenceServer server = ReferenceNetwork.start(network, data)) {
            assertEveryMandatoryCheckPasses(new SuiteRun(wholeSuite(server, expiredToken, Map.of()), System.out)
                    .execute(), "the reference server");
        }
    }

    /**
     * The settings of a whole run against {@code server}: carol frozen, the expired token, a job timeout of 30 s;
     * {@code more} on top (e.g. a longer job timeout for a platform that queues its jobs).
     */
    static SuiteConfig wholeSuite(ReferenceServer server, String expiredToken, Map<Setting, String> more) {
        Map<Setting, String> flags = ReferenceNetwork.wholeSuiteSettings(server, expiredToken);
        flags.putAll(more);
        return config(flags);
    }

    /** A run of the suite with {@code flags}. */
    static RunResult run(Map<Setting, String> flags) {
        return new SuiteRun(config(flags), System.out).execute();
    }

    /** The configuration of {@code flags}, narrowed by {@code -Daicnet.tags=EXPR} when given. */
    private static SuiteConfig config(Map<Setting, String> flags) {
        String tags = System.getProperty("aicnet.tags");
        if (tags != null && !tags.isBlank()) {
            flags.put(Setting.TAGS, tags);
        }
        return new ConfigSources().flags(flags).build();
    }

    /** Prints the run's summary; no check failed or erred, and every mandatory one passed, against {@code what}. */
    static void assertEveryMandatoryCheckPasses(RunResult result, String what) {
        Duration took = Duration.between(result.started(), result.finished());
        summarize(result, took, what);
        List<CheckResult> checks = result.checks();
        assertAll(
                () -> assertTrue(!checks.isEmpty(), "no check ran"),
                () -> assertTrue(none(checks, Outcome.FAIL).isEmpty(),
                        "checks failed against " + what + ":\n" + none(checks, Outcome.FAIL)),
                () -> assertTrue(none(checks, Outcome.ERROR).isEmpty(),
                        "checks erred against " + what + " (an undefined step errs):\n"
                                + none(checks, Outcome.ERROR)),
                () -> assertTrue(skippedMandatory(checks).isEmpty(),
                        "mandatory checks did not pass:\n" + skippedMandatory(checks)));
    }

    private static String none(List<CheckResult> checks, Outcome outcome) {
        return checks.stream().filter(check -> check.outcome() == outcome)
                .map(check -> "  " + check.id() + " " + check.name() + ": " + check.message())
                .collect(Collectors.joining("\n"));
    }

    private static String skippedMandatory(List<CheckResult> checks) {
        return checks.stream().filter(CheckResult::mandatory).filter(check -> check.outcome() == Outcome.SKIP)
                .map(check -> "  " + check.id() + " " + check.name() + ": " + check.message())
                .collect(Collectors.joining("\n"));
    }

    private static void summarize(RunResult result, Duration took, String what) {
        System.out.printf("%nSuite against %s: %d checks in %.1f s%n", what, result.checks().size(),
                took.toMillis() / 1000.0);
        for (Outcome outcome : Outcome.values()) {
            long mandatory = result.checks().stream().filter(c -> c.outcome() == outcome && c.mandatory()).count();
            System.out.printf("  %-5s %4d (%d mandatory)%n", outcome, result.count(outcome), mandatory);
        }
        result.checks().stream().collect(Collectors.groupingBy(CheckResult::feature, java.util.TreeMap::new,
                        Collectors.summingLong(check -> check.duration().toMillis())))
                .forEach((feature, millis) -> System.out.printf("  time: %6d ms  %s%n", millis, feature));
        result.readingsChosen().forEach((topic, choice) -> System.out.println("  reading: " + topic + " -> " + choice));
        result.cleanupNotes().forEach(note -> System.out.println("  cleanup: " + note));
    }
}
