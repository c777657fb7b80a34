package org.aicnet.conformance.e2e;

import org.aicnet.conformance.config.ConfigSources;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;
import org.aicnet.conformance.run.SuiteRun;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;
import org.aicnet.server.deviations.Variant;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One run of the whole suite, every check, against a reference server with the variants of one {@link VariantGroup}
 * switched on: the test network of {@link ReferenceNetwork}, a frozen account and an expired token, as
 * {@link SuiteAgainstReferenceServerTest} runs it against the server's own behaviour.
 */
final class VariantRun {

    /** Every check of the run; a conforming server allows none to FAIL or ERROR. */
    record Verdict(VariantGroup group, List<CheckResult> checks, Duration took) {

        List<CheckResult> with(Outcome outcome) {
            return checks.stream().filter(check -> check.outcome() == outcome).toList();
        }

        boolean passed() {
            return !checks.isEmpty() && with(Outcome.FAIL).isEmpty() && with(Outcome.ERROR).isEmpty();
        }
    }

    private VariantRun() {
    }

    static Verdict of(VariantGroup group, Path directory) {
        Path data = directory.resolve("data");
        String expiredToken = ReferenceNetwork.expiredToken(ReferenceNetwork.configuration(directory, "PT1S"), data);
        List<String> variants = group.variants().stream().map(Variant::id).toList();
        try (ReferenceServer server = ReferenceServer.start(new ServerOptions(
                ReferenceNetwork.configuration(directory, "PT24H"), ServerOptions.DEFAULT_HOST, 0, data, List.of(),
                variants))) {
            Map<Setting, String> flags = ReferenceNetwork.wholeSuiteSettings(server, expiredToken);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            RunResult result = new SuiteRun(new ConfigSources().flags(flags).build(), quiet).execute();
            return new Verdict(group, result.checks(), Duration.between(result.started(), result.finished()));
        }
    }
}
