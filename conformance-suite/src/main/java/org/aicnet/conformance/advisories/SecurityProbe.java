package org.aicnet.conformance.advisories;

import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Authenticator;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.schemas.standard.ApiPaths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the standard does not ask but a security reviewer would: TLS, tokens in a query string, nosniff, a token
 * answer that may be cached, and log-ins that tell unknown users from wrong passwords by their time. Runs after the
 * checks and yields advisories (topic → finding), never a check's outcome. It sends a bounded number of requests:
 * two log-ins of the configured user, {@value #UNKNOWN_USER_LOGINS} of a user no platform has, one log-in with a
 * wrong password (two where the platform takes authMethod only as a string), three lists of the centers.
 */
public final class SecurityProbe {

    public static final String NO_TLS = "no TLS";
    public static final String TOKEN_IN_QUERY = "token accepted in the query string";
    public static final String NO_NOSNIFF = "no X-Content-Type-Options: nosniff";
    public static final String TOKEN_CACHEABLE = "token answer may be cached";
    public static final String USER_ENUMERATION = "log-in time tells which users exist";
    static final int UNKNOWN_USER_LOGINS = 5;
    private static final List<String> QUERY_TOKEN_NAMES = List.of("token", "access_token");

    private final SuiteConfig config;
    private final PlatformClient client;
    private final Authenticator authenticator;

    public SecurityProbe(SuiteConfig config, PlatformClient client) {
        this.config = config;
        this.client = client;
        this.authenticator = new Authenticator(client, (topic, choice) -> { });
    }

    /** The advisories found, by topic; empty where the platform gave a reviewer nothing to note. */
    public Map<String, String> probe(String runId) {
        Map<String, String> advisories = new LinkedHashMap<>();
        if (config.baseUrl().regionMatches(true, 0, "http://", 0, 7)) {
            advisories.put(NO_TLS, "the base URL is http://: passwords and tokens cross the network in clear text");
        }
        Credentials user = config.primaryUser();
        ApiResponse login = authenticator.login(user);
        if (login.status() / 100 != 2) {
            advisories.put("probe not finished", "the log-in of the configured user was refused: HTTP "
                    + login.status());
            return advisories;
        }
        String token = login.json().path("token").asText();
        if (!login.header("Cache-Control").orElse("").toLowerCase().contains("no-store")) {
            advisories.put(TOKEN_CACHEABLE, "the answer of POST " + ApiPaths.TOKENS + " has no Cache-Control: no-store"
                    + " (got: " + login.header("Cache-Control").orElse("none") + "): a proxy or browser may keep the"
                    + " token");
        }
        ApiResponse centers = client.get(ApiPaths.CENTERS).token(token).send();
        String nosniff = centers.header("X-Content-Type-Options").orElse("");
        if (!nosniff.trim().equalsIgnoreCase("nosniff")) {
            advisories.put(NO_NOSNIFF, "GET " + ApiPaths.CENTERS + " answers without X-Content-Type-Options: nosniff"
                    + (nosniff.isEmpty() ? "" : " (got: " + nosniff + ")"));
        }
        List<String> names = new ArrayList<>(QUERY_TOKEN_NAMES);
        names.add(0, config.tokenHeader());
        for (String name : names) {
            if (client.get(ApiPaths.CENTERS).query(name, token).send().status() / 100 == 2) {
                advisories.put(TOKEN_IN_QUERY, "GET " + ApiPaths.CENTERS + "?" + name + "=<token> without the "
                        + config.tokenHeader() + " header succeeds: tokens end up in logs and browser histories");
                break;
            }
        }
        loginTiming(user, runId).ifPresent(finding -> advisories.put(USER_ENUMERATION, finding));
        // a successful log-in last, so that platforms that count failed log-ins in a row start again from zero
        authenticator.login(user);
        return advisories;
    }

    private Optional<String> loginTiming(Credentials user, String runId) {
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < UNKNOWN_USER_LOGINS; i++) {
            unknown.add(timedLogin(new Credentials("aicnet-no-such-user-" + runId + "-" + i, user.password())));
        }
        List<Long> wrong = List.of(timedLogin(new Credentials(user.name(), user.password() + "-not-the-password")));
        return LoginTiming.finding(unknown, wrong);
    }

    private long timedLogin(Credentials credentials) {
        long started = System.nanoTime();
        authenticator.login(credentials);
        return (System.nanoTime() - started) / 1_000_000;
    }
}
