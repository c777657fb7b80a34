package org.aicnet.conformance.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.conformance.config.Setting;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * A reference server for the suite's own tests: the embedded default network with a short simulated run time and short
 * log links, the accounts alice and bob, carol, whom {@link #freeze} freezes (maxFailedLogins 3), and dave, the
 * throw-away account that the suite freezes itself; loopback, a free port, a data directory of the test's own; and the
 * suite's settings for a run against it.
 */
public final class ReferenceNetwork {

    public record Account(String name, String password) {
    }

    public static final Account ALICE = new Account("alice", "alice-secret");
    public static final Account BOB = new Account("bob", "bob-secret");
    public static final Account CAROL = new Account("carol", "carol-secret");
    /** The throw-away account of {@link Setting#FREEZE_USER}: the suite freezes it itself. */
    public static final Account DAVE = new Account("dave", "dave-secret");
    public static final int MAX_FAILED_LOGINS = 3;
    /** A public image URL for the imageUrl checks: the reference server runs any image URL it is given. */
    public static final String IMAGE_URL = "docker.io/library/python:3.12-slim";
    /** Log links that expire soon enough for the check of an expired link (A.48) to wait it out. */
    public static final String LOG_LINK_LIFETIME = "PT2S";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceNetwork() {
    }

    /** Writes the test network's configuration into {@code directory}; {@code tokenLifetime} e.g. "PT24H". */
    public static Path configuration(Path directory, String tokenLifetime) {
        return configuration(directory, tokenLifetime, "");
    }

    /** As {@link #configuration(Path, String)}, with more top-level sections, e.g. a {@code store:}. */
    public static Path configuration(Path directory, String tokenLifetime, String sections) {
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.resolve("network-" + tokenLifetime + ".yaml"),
                    yaml(tokenLifetime) + sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test network: the default network with tokens living {@code tokenLifetime}, {@link #MAX_FAILED_LOGINS},
     * carol, dave, log links living {@link #LOG_LINK_LIFETIME} and a short simulated run time.
     */
    public static String yaml(String tokenLifetime) {
        String yaml = withCarol(defaultNetwork()
                .replace("tokenLifetime: PT24H", "tokenLifetime: " + tokenLifetime)
                .replace("maxFailedLogins: 5", "maxFailedLogins: " + MAX_FAILED_LOGINS)
                .replace("logLinkLifetime: PT1H", "logLinkLifetime: " + LOG_LINK_LIFETIME)
                .replace("simulatedRunTime: PT5S", "simulatedRunTime: PT1S")
                .replace("schedulerInterval: PT0.2S", "schedulerInterval: PT0.1S"));
        for (String changed : new String[]{"tokenLifetime: " + tokenLifetime, "name: " + CAROL.name(),
                "name: " + DAVE.name(),
                "maxFailedLogins: " + MAX_FAILED_LOGINS, "logLinkLifetime: " + LOG_LINK_LIFETIME,
                "simulatedRunTime: PT1S", "schedulerInterval: PT0.1S"}) {
            if (!yaml.contains(changed)) {
                throw new IllegalStateException("the default network changed (no '" + changed
                        + "'): adapt ReferenceNetwork");
            }
        }
        return yaml;
    }

    /**
     * The suite's settings for a run against {@code server}: its URL, {@link #ALICE} and {@link #BOB}, {@link #DAVE}
     * to freeze, {@link #IMAGE_URL}, polling every 0.2 s and the log links' lifetime.
     */
    public static Map<Setting, String> settings(ReferenceServer server) {
        Map<Setting, String> settings = new EnumMap<>(Setting.class);
        settings.put(Setting.BASE_URL, server.baseUrl());
        settings.put(Setting.USER, ALICE.name());
        settings.put(Setting.PASSWORD, ALICE.password());
        settings.put(Setting.USER2, BOB.name());
        settings.put(Setting.PASSWORD2, BOB.password());
        settings.put(Setting.FREEZE_USER, DAVE.name());
        settings.put(Setting.FREEZE_PASSWORD, DAVE.password());
        settings.put(Setting.POLL_INTERVAL, "PT0.2S");
        settings.put(Setting.LOG_LINK_LIFETIME, LOG_LINK_LIFETIME);
        settings.put(Setting.IMAGE_URL, IMAGE_URL);
        return settings;
    }

    /**
     * The settings of a run of the whole suite against {@code server}: {@link #settings}, {@link #CAROL} frozen here
     * and named as the frozen account, {@code expiredToken} ({@link #expiredToken}), and the timeouts and long
     * command that suit the test network.
     */
    public static Map<Setting, String> wholeSuiteSettings(ReferenceServer server, String expiredToken) {
        freeze(server, CAROL);
        Map<Setting, String> flags = settings(server);
        flags.put(Setting.FROZEN_USER, CAROL.name());
        flags.put(Setting.FROZEN_PASSWORD, CAROL.password());
        flags.put(Setting.EXPIRED_TOKEN, expiredToken);
        flags.put(Setting.JOB_TIMEOUT, "PT30S");
        flags.put(Setting.REQUEST_TIMEOUT, "PT10S");
        flags.put(Setting.LONG_COMMAND, "sleep 300");
        return flags;
    }

    /**
     * A token of {@link #ALICE} that has expired: issued by a server on {@code configuration}, whose tokens live 1 s,
     * and {@code dataDirectory}, then waited out.
     */
    public static String expiredToken(Path configuration, Path dataDirectory) {
        String token;
        try (ReferenceServer shortLived = start(configuration, dataDirectory)) {
            token = token(shortLived, ALICE);
        }
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return token;
    }

    /** The network with {@link #CAROL} and {@link #DAVE} among its accounts, after bob's. */
    public static String withCarol(String yaml) {
        return yaml.replaceFirst("(?m)^(  - \\{name: bob, .*)$",
                "$1\n  - {name: carol, userId: u-carol, password: " + CAROL.password() + "}"
                        + "\n  - {name: dave, userId: u-dave, password: " + DAVE.password() + "}");
    }

    public static ReferenceServer start(Path configuration, Path dataDirectory) {
        return ReferenceServer.start(new ServerOptions(configuration, ServerOptions.DEFAULT_HOST, 0, dataDirectory));
    }

    /** Logs in and returns the token, or fails. */
    public static String token(ReferenceServer server, Account account) {
        HttpResponse<String> response = logIn(server, account.name(), account.password());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("log-in of " + account.name() + " failed: " + response.body());
        }
        try {
            return JSON.readTree(response.body()).get("token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Freezes the account: as many failed log-ins in a row as the server allows, then checks it is frozen. */
    public static void freeze(ReferenceServer server, Account account) {
        failLogIns(server, account);
        int status = logIn(server, account.name(), account.password()).statusCode();
        if (status != 401) {
            throw new IllegalStateException(account.name() + " is not frozen: log-in answered " + status);
        }
    }

    /** As many log-ins with a wrong password in a row as the server allows; each must be refused with 401. */
    public static void failLogIns(ReferenceServer server, Account account) {
        for (int i = 0; i < MAX_FAILED_LOGINS; i++) {
            int status = logIn(server, account.name(), "wrong-" + account.password()).statusCode();
            if (status != 401) {
                throw new IllegalStateException("a wrong password of " + account.name() + " answered " + status);
            }
        }
    }

    private static HttpResponse<String> logIn(ReferenceServer server, String name, String password) {
        try {
            String body = JSON.writeValueAsString(Map.of("authMethod", "password",
                    "user", Map.of("name", name, "password", password)));
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/auth/tokens"))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The embedded default-network.yaml of the reference server, as text. */
    public static String defaultNetwork() {
        try (InputStream in = ReferenceServer.class.getClassLoader().getResourceAsStream("default-network.yaml")) {
            if (in == null) {
                throw new IllegalStateException("default-network.yaml is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
