package org.aicnet.conformance.e2e;

import org.aicnet.conformance.config.ConfigSources;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;
import org.aicnet.conformance.run.SuiteRun;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;
import org.aicnet.server.deviations.Fault;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One run of the suite against a reference server with one fault switched on: the test network of
 * {@link ReferenceNetwork} (two users, short simulated run times) on a free loopback port, and only the checks tagged
 * with a requirement the fault breaks. The expired token and the frozen account, which cost a server restart and
 * failed log-ins, are set up only for a fault of B.1-0102 or B.1-0103.
 */
final class FaultRun {

    /** The outcome of one fault's run: every check it ran, and the mandatory checks of its requirements that failed. */
    record Verdict(Fault fault, String tags, List<CheckResult> checks, Duration took) {

        /** The MANDATORY checks of the fault's requirements that failed: an optional failure changes no verdict. */
        List<CheckResult> caughtBy() {
            return checks.stream().filter(check -> check.outcome() == Outcome.FAIL).filter(CheckResult::mandatory)
                    .filter(check -> check.requirements().stream().anyMatch(fault.requirements()::contains))
                    .toList();
        }

        List<CheckResult> with(Outcome outcome) {
            return checks.stream().filter(check -> check.outcome() == outcome).toList();
        }
    }

    private FaultRun() {
    }

    static Verdict of(Fault fault, Path directory) {
        Path data = directory.resolve("data");
        String expiredToken = fault.requirements().contains("B.1-0102")
                ? ReferenceNetwork.expiredToken(ReferenceNetwork.configuration(directory, "PT1S"), data) : null;
        String tags = tags(fault);
        try (ReferenceServer server = ReferenceServer.start(new ServerOptions(
                ReferenceNetwork.configuration(directory, "PT24H"), ServerOptions.DEFAULT_HOST, 0, data,
                List.of(fault.id())))) {
            Map<Setting, String> flags = ReferenceNetwork.settings(server);
            if (expiredToken != null) {
                flags.put(Setting.EXPIRED_TOKEN, expiredToken);
            }
            if (fault.requirements().contains("B.1-0103")) {
                // not ReferenceNetwork.freeze, which checks that the account is frozen: the fault under test may be
                // that a frozen account logs in
                ReferenceNetwork.failLogIns(server, ReferenceNetwork.CAROL);
                flags.put(Setting.FROZEN_USER, ReferenceNetwork.CAROL.name());
                flags.put(Setting.FROZEN_PASSWORD, ReferenceNetwork.CAROL.password());
            }
            flags.put(Setting.JOB_TIMEOUT, "PT30S");
            flags.put(Setting.REQUEST_TIMEOUT, "PT10S");
            flags.put(Setting.LONG_COMMAND, "sleep 300");
            flags.put(Setting.TAGS, tags);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            RunResult result = new SuiteRun(new ConfigSources().flags(flags).build(), quiet).execute();
            return new Verdict(fault, tags, result.checks(), Duration.between(result.started(), result.finished()));
        }
    }

    /** The checks of the requirements the fault breaks: {@code @req:A or @req:B}. */
    static String tags(Fault fault) {
        return fault.requirements().stream().map(id -> "@req:" + id).collect(Collectors.joining(" or "));
    }
}
