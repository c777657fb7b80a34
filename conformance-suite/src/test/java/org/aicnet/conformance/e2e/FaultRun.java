package org.aicnet.conformance.e2e;

import org.aicnet.conformance.config.ConfigSources;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;
import org.aicnet.conformance.run.SuiteRun;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;
import org.aicnet.server.faults.Fault;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
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

    /** The outcome of one fault's run: every check it ran, and the checks of the fault's requirements that failed. */
    record Verdict(Fault fault, String tags, List<CheckResult> checks, Duration took) {

        List<CheckResult> caughtBy() {
            return checks.stream().filter(check -> check.outcome() == Outcome.FAIL)
                    .filter(check -> check.requirements().stream().anyMatch(fault.requirements()::contains))
                    .toList();
        }

        List<CheckResult> with(Outcome outcome) {
            return checks.stream().filter(check -> check.outcome() == outcome).toList();
        }
    }

    /** Log links that expire soon enough for the check of an expired link (A.48) to wait it out. */
    private static final String LOG_LINK_LIFETIME = "PT2S";

    private FaultRun() {
    }

    static Verdict of(Fault fault, Path directory) {
        Path data = directory.resolve("data");
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        if (fault.requirements().contains("B.1-0102")) {
            flags.put(Setting.EXPIRED_TOKEN, expiredToken(directory, data));
        }
        Path network = withShortLogLinks(ReferenceNetwork.configuration(directory, "PT24H"));
        String tags = tags(fault);
        try (ReferenceServer server = ReferenceServer.start(new ServerOptions(network, ServerOptions.DEFAULT_HOST, 0,
                data, List.of(fault.id())))) {
            if (fault.requirements().contains("B.1-0103")) {
                freeze(server, ReferenceNetwork.CAROL);
                flags.put(Setting.FROZEN_USER, ReferenceNetwork.CAROL.name());
                flags.put(Setting.FROZEN_PASSWORD, ReferenceNetwork.CAROL.password());
            }
            flags.put(Setting.BASE_URL, server.baseUrl());
            flags.put(Setting.USER, ReferenceNetwork.ALICE.name());
            flags.put(Setting.PASSWORD, ReferenceNetwork.ALICE.password());
            flags.put(Setting.USER2, ReferenceNetwork.BOB.name());
            flags.put(Setting.PASSWORD2, ReferenceNetwork.BOB.password());
            flags.put(Setting.POLL_INTERVAL, "PT0.2S");
            flags.put(Setting.JOB_TIMEOUT, "PT30S");
            flags.put(Setting.REQUEST_TIMEOUT, "PT10S");
            flags.put(Setting.LONG_COMMAND, "sleep 300");
            flags.put(Setting.LOG_LINK_LIFETIME, LOG_LINK_LIFETIME);
            flags.put(Setting.TAGS, tags);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            RunResult result = new SuiteRun(new ConfigSources().flags(flags).build(), quiet).execute();
            return new Verdict(fault, tags, result.checks(), Duration.between(result.started(), result.finished()));
        }
    }

    private static Path withShortLogLinks(Path network) {
        try {
            String yaml = Files.readString(network);
            if (!yaml.contains("logLinkLifetime: PT1H")) {
                throw new IllegalStateException("the default network changed: adapt FaultRun");
            }
            return Files.writeString(network, yaml.replace("logLinkLifetime: PT1H",
                    "logLinkLifetime: " + LOG_LINK_LIFETIME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checks of the requirements the fault breaks: {@code @req:A or @req:B}. */
    static String tags(Fault fault) {
        return fault.requirements().stream().map(id -> "@req:" + id).collect(Collectors.joining(" or "));
    }

    /**
     * As many failed log-ins in a row as freeze the account. Unlike {@link ReferenceNetwork#freeze} it does not check
     * that the account is frozen: the fault under test may be that a frozen account logs in.
     */
    private static void freeze(ReferenceServer server, ReferenceNetwork.Account account) {
        HttpClient http = HttpClient.newHttpClient();
        String body = "{\"authMethod\": \"password\", \"user\": {\"name\": \"" + account.name()
                + "\", \"password\": \"wrong\"}}";
        for (int i = 0; i < ReferenceNetwork.MAX_FAILED_LOGINS; i++) {
            HttpRequest logIn = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/auth/tokens"))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                int status = http.send(logIn, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 401) {
                    throw new IllegalStateException("a wrong password of " + account.name() + " answered " + status);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A token of the primary user that has expired: issued by the same data directory with a 1 s lifetime. */
    private static String expiredToken(Path directory, Path data) {
        String token;
        try (ReferenceServer shortLived = ReferenceNetwork.start(ReferenceNetwork.configuration(directory, "PT1S"),
                data)) {
            token = ReferenceNetwork.token(shortLived, ReferenceNetwork.ALICE);
        }
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return token;
    }
}
