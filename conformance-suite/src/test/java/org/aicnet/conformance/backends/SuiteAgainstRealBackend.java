package org.aicnet.conformance.backends;

import org.aicnet.conformance.config.ConfigSources;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.e2e.ReferenceNetwork;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;
import org.aicnet.conformance.run.SuiteRun;
import org.aicnet.server.ReferenceServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole suite, through the code path of its jar ({@link SuiteRun}), against a reference server in-process whose
 * centers run their jobs for real ({@link RealBackendNetwork}), with two users, a frozen account and an expired token;
 * job commands are the suite's defaults, all valid /bin/sh, and a result command that writes a file where the
 * backend collects results; log links that expire after {@value ReferenceNetwork#LOG_LINK_LIFETIME}, so that the
 * expiry check runs. No check may fail or err; a check may skip where one node cannot do what it needs (a job on two
 * nodes). Each backend's test extends this and ends what its jobs left running once the server is closed.
 */
abstract class SuiteAgainstRealBackend {

    static final String RESULT_COMMAND = "echo conformance > \"$AICNET_OUTPUT_DIR/result.txt\"";

    @TempDir
    Path directory;

    /** The centers' backend as a YAML flow mapping. */
    abstract String backend();

    /** Whether the backend can run the MLU center's jobs. */
    abstract boolean runsMlu();

    /** How long the suite waits for a job to reach a state. */
    abstract Duration jobTimeout();

    /** Ends whatever the run's jobs left running under the data directory, once the server is closed. */
    abstract void endLeftovers(Path dataDirectory) throws Exception;

    @Test
    void noCheckFailsOrErrs() throws Exception {
        Path data = directory.resolve("data");
        String expiredToken = ReferenceNetwork.expiredToken(
                RealBackendNetwork.configuration(directory, backend(), runsMlu(), "PT1S"), data);
        RunResult result;
        try (ReferenceServer server = ReferenceNetwork.start(
                RealBackendNetwork.configuration(directory, backend(), runsMlu(), "PT24H"), data)) {
            ReferenceNetwork.freeze(server, ReferenceNetwork.CAROL);
            Map<Setting, String> flags = ReferenceNetwork.settings(server);
            flags.put(Setting.FROZEN_USER, ReferenceNetwork.CAROL.name());
            flags.put(Setting.FROZEN_PASSWORD, ReferenceNetwork.CAROL.password());
            flags.put(Setting.EXPIRED_TOKEN, expiredToken);
            flags.put(Setting.RESULT_COMMAND, RESULT_COMMAND);
            flags.put(Setting.LONG_COMMAND, "sleep 300");
            flags.put(Setting.JOB_TIMEOUT, jobTimeout().toString());
            flags.put(Setting.REQUEST_TIMEOUT, "PT30S");
            result = new SuiteRun(new ConfigSources().flags(flags).build(), System.out).execute();
        } finally {
            endLeftovers(data);
        }
        summarize(result);
        List<CheckResult> checks = result.checks();
        assertAll(
                () -> assertFalse(checks.isEmpty(), "no check ran"),
                () -> assertTrue(outcomes(checks, Outcome.FAIL).isEmpty(),
                        "checks failed on the " + backend() + " backend:\n" + outcomes(checks, Outcome.FAIL)),
                () -> assertTrue(outcomes(checks, Outcome.ERROR).isEmpty(),
                        "checks erred on the " + backend() + " backend:\n" + outcomes(checks, Outcome.ERROR)));
    }

    private static String outcomes(List<CheckResult> checks, Outcome outcome) {
        return checks.stream().filter(check -> check.outcome() == outcome)
                .map(check -> "  " + check.id() + " " + check.name() + ": " + check.message())
                .collect(Collectors.joining("\n"));
    }

    private void summarize(RunResult result) {
        Duration took = Duration.between(result.started(), result.finished());
        System.out.printf("%nSuite against the reference server on the %s backend: %d checks in %.1f s%n", backend(),
                result.checks().size(), took.toMillis() / 1000.0);
        for (Outcome outcome : Outcome.values()) {
            System.out.printf("  %-5s %4d%n", outcome, result.count(outcome));
        }
        result.checks().stream().filter(check -> check.outcome() != Outcome.PASS).forEach(check ->
                System.out.printf("  %s%s %s %s: %s%n", check.outcome(), check.mandatory() ? " (mandatory)" : "",
                        check.id(), check.name(), check.message()));
    }
}
