package org.aicnet.conformance.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;

/**
 * A reference server for the suite's own tests: the embedded default network with a short simulated run time, the
 * accounts alice and bob, and carol, whom {@link #freeze} freezes (maxFailedLogins 3); loopback, a free port, a data
 * directory of the test's own.
 */
public final class ReferenceNetwork {

    public record Account(String name, String password) {
    }

    public static final Account ALICE = new Account("alice", "alice-secret");
    public static final Account BOB = new Account("bob", "bob-secret");
    public static final Account CAROL = new Account("carol", "carol-secret");
    public static final int MAX_FAILED_LOGINS = 3;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceNetwork() {
    }

    /** Writes the test network's configuration into {@code directory}; {@code tokenLifetime} e.g. "PT24H". */
    static Path configuration(Path directory, String tokenLifetime) {
        String yaml = withCarol(defaultNetwork()
                .replace("tokenLifetime: PT24H", "tokenLifetime: " + tokenLifetime)
                .replace("maxFailedLogins: 5", "maxFailedLogins: " + MAX_FAILED_LOGINS)
                .replace("simulatedRunTime: PT5S", "simulatedRunTime: PT1S")
                .replace("schedulerInterval: PT0.2S", "schedulerInterval: PT0.1S"));
        if (!yaml.contains("name: " + CAROL.name()) || !yaml.contains("PT1S")) {
            throw new IllegalStateException("the default network changed: adapt ReferenceNetwork");
        }
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.resolve("network-" + tokenLifetime + ".yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The network with {@link #CAROL} among its accounts, after bob's. */
    public static String withCarol(String yaml) {
        return yaml.replaceFirst("(?m)^(  - \\{name: bob, .*)$",
                "$1\n  - {name: carol, userId: u-carol, password: " + CAROL.password() + "}");
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

    /** Freezes the account: as many failed log-ins in a row as the server allows. */
    public static void freeze(ReferenceServer server, Account account) {
        for (int i = 0; i < MAX_FAILED_LOGINS; i++) {
            logIn(server, account.name(), "wrong-" + account.password());
        }
        int status = logIn(server, account.name(), account.password()).statusCode();
        if (status != 401) {
            throw new IllegalStateException(account.name() + " is not frozen: log-in answered " + status);
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
