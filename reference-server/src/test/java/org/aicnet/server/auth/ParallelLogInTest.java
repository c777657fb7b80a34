package org.aicnet.server.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestServers;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading R-frozen-account under parallel log-ins: the attempts on one account are counted one after the other, so
 * the account freezes after exactly the configured count (5, the default) and no password sent after the freeze is
 * checked, however many arrive at once.
 */
class ParallelLogInTest {

    private static final int PARALLEL = 16;
    private static final int MAX_FAILED = 5;
    private static final String WRONG = "0101";
    private static final String FROZEN = "0103";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();

    @Test
    void sixteenParallelWrongPasswordsAreCheckedFiveTimesAndTheRestFindTheAccountFrozen() throws Exception {
        List<String> codes = logInAtOnce(TestServers.BOB, List.of());
        assertEquals(MAX_FAILED, codes.stream().filter(WRONG::equals).count(), codes.toString());
        assertEquals(PARALLEL - MAX_FAILED, codes.stream().filter(FROZEN::equals).count(), codes.toString());
        assertEquals(FROZEN, code(logIn(TestServers.BOB.name(), TestServers.BOB.password())),
                "the right password of a frozen account");
    }

    @Test
    void theRightPasswordAmongFifteenWrongOnesGetsATokenOnlyBeforeTheFreeze() throws Exception {
        List<String> codes = logInAtOnce(TestServers.ALICE, List.of(TestServers.ALICE.password()));
        String right = codes.get(0);
        List<String> wrong = codes.subList(1, codes.size());
        long checkedWrong = wrong.stream().filter(WRONG::equals).count();
        assertEquals(PARALLEL - 1, checkedWrong + wrong.stream().filter(FROZEN::equals).count(), codes.toString());
        if (right.equals("token")) {
            // In its turn before the freeze: the failures before it were cleared, the 5 after it froze the account.
            assertTrue(checkedWrong >= MAX_FAILED && checkedWrong <= 2L * MAX_FAILED - 1, codes.toString());
        } else {
            assertEquals(FROZEN, right, codes.toString());
            assertEquals(MAX_FAILED, checkedWrong, "exactly 5 passwords were checked before the freeze: " + codes);
        }
        assertEquals(FROZEN, code(logIn(TestServers.ALICE.name(), TestServers.ALICE.password())));
    }

    /** 16 log-ins sent together, the given passwords first and wrong ones after; each outcome, in that order. */
    private static List<String> logInAtOnce(TestServers.Account account, List<String> passwords) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                String password = i < passwords.size() ? passwords.get(i) : "wrong-" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return code(logIn(account.name(), password));
                }));
            }
            start.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                codes.add(outcome.get(60, TimeUnit.SECONDS));
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpResponse<String> logIn(String name, String password) throws Exception {
        String body = JSON.writeValueAsString(Map.of(Api.AUTH_METHOD, Api.PASSWORD_METHOD,
                Api.USER, Map.of(Api.USER_NAME, name, Api.PASSWORD, password)));
        return HTTP.send(HttpRequest.newBuilder(URI.create(network.server().baseUrl() + ApiPaths.TOKENS))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** "token" for a 200 with a token, else the error body's code. */
    private static String code(HttpResponse<String> answer) throws Exception {
        var json = JSON.readTree(answer.body());
        if (answer.statusCode() == 200) {
            assertTrue(json.hasNonNull("token"), answer.body());
            return "token";
        }
        assertEquals(401, answer.statusCode(), answer.body());
        return json.get("errorCode").asText();
    }
}
