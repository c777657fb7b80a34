package org.aicnet.conformance.e2e;

import org.aicnet.conformance.config.Setting;
import org.aicnet.server.ReferenceServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 16 point 2: the whole suite, as {@link SuiteAgainstReferenceServerTest} runs it, against two replicas of the
 * reference server on one PostgreSQL schema and one data directory, behind HAProxy with round-robin, so that
 * consecutive calls of every check land on different replicas: a token issued by one is checked by the other, a log
 * link signed by one is opened on the other, a job submitted to the replica without the scheduler lease is run by
 * the one with it.
 */
class SuiteAgainstReplicasTest {

    @TempDir
    Path directory;

    @Test
    void everyMandatoryCheckPassesAgainstTwoReplicasBehindHaproxy() throws Exception {
        String store = ReferenceStore.POSTGRESQL.yaml();
        Path data = directory.resolve("data");
        String expiredToken = ReferenceNetwork.expiredToken(ReferenceNetwork.configuration(directory, "PT1S", store),
                data);
        Path network = ReferenceNetwork.configuration(directory, "PT24H", store);
        try (ReferenceServer first = ReferenceNetwork.start(network, data);
             ReferenceServer second = ReferenceNetwork.start(network, data);
             Haproxy haproxy = Haproxy.start(directory, List.of(first.port(), second.port()))) {
            assertEquals(Set.of("r0", "r1"), answeringReplicas(haproxy), "HAProxy balances over both replicas");
            Map<Setting, String> flags = ReferenceNetwork.wholeSuiteSettings(first, expiredToken);
            flags.put(Setting.BASE_URL, haproxy.baseUrl());
            SuiteAgainstReferenceServerTest.assertEveryMandatoryCheckPasses(SuiteAgainstReferenceServerTest.run(flags),
                    "two replicas behind HAProxy");
        }
    }

    /** The replicas that answered four calls in a row through HAProxy. */
    private static Set<String> answeringReplicas(Haproxy haproxy) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Set<String> replicas = new TreeSet<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(haproxy.baseUrl() + "/health"))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            answer.headers().firstValue(Haproxy.SERVER_HEADER).ifPresent(replicas::add);
        }
        return replicas;
    }
}
