package org.aicnet.conformance.jobs;

import org.aicnet.conformance.platform.ApiResponse;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading R-online-url: a running online job's address that answers 5xx fails; one never reached skips. */
class ServiceWaitTest {

    private static final Duration WAITED = Duration.ofSeconds(30);

    private static ApiResponse answer(int status) {
        return new ApiResponse(status, Map.of(), "{}".getBytes(StandardCharsets.UTF_8), "/errorCode");
    }

    @Test
    void anAnswerBelow500IsTheService() {
        ServiceWait wait = new ServiceWait("http://svc.example/");
        assertFalse(wait.served(answer(502)));
        assertTrue(wait.served(answer(200)));
        assertTrue(new ServiceWait("u").served(answer(404)), "the service's own answer, whatever it is");
    }

    @Test
    void aGatewayErrorAtTheEndOfTheWaitIsAFailure() {
        for (int status : new int[]{502, 503, 504, 500}) {
            ServiceWait wait = new ServiceWait("http://svc.example/");
            wait.noAnswer("connection refused");
            wait.served(answer(status));
            AssertionError failure = wait.overAfter(WAITED, Optional.of("RUNNING"));
            assertTrue(failure.getMessage().contains("HTTP " + status), failure.getMessage());
            assertTrue(wait.overAfter(WAITED, Optional.empty()).getMessage().contains("R-online-url"));
        }
    }

    @Test
    void anAddressNeverReachedOrAJobNotRunningSkips() {
        ServiceWait unreachable = new ServiceWait("http://svc.internal/");
        unreachable.noAnswer("no route to host");
        assertThrows(TestAbortedException.class, () -> unreachable.overAfter(WAITED, Optional.of("RUNNING")));
        ServiceWait pending = new ServiceWait("http://svc.example/");
        pending.served(answer(503));
        assertThrows(TestAbortedException.class, () -> pending.overAfter(WAITED, Optional.of("PENDING")));
    }
}
