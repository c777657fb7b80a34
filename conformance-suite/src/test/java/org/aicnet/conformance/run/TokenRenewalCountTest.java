package org.aicnet.conformance.run;

import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.config.SuiteConfig;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading "the suite's own token": an expired token of the run is replaced by one log-in however many checks notice
 * it, the old token stays known (and secret), and the report's readings say how often the suite logged in again.
 */
class TokenRenewalCountTest {

    private final RunContext context = new RunContext(SuiteConfig.of(Map.of(Setting.BASE_URL, "http://127.0.0.1:1",
            Setting.USER, "alice", Setting.PASSWORD, "p")), "run", false, new PrintStream(OutputStream.nullOutputStream()),
            new Cancellation());

    @Test
    void oneLogInPerExpiredTokenCountedInTheReport() {
        AtomicInteger logIns = new AtomicInteger();
        context.tokens().put("alice", "t1");
        assertEquals("t2", context.renewToken("alice", "t1", () -> "t" + (logIns.incrementAndGet() + 1)));
        assertEquals("t2", context.renewToken("alice", "t1", () -> "t" + (logIns.incrementAndGet() + 1)),
                "a second check holding the old token gets the new one, without another log-in");
        assertEquals(1, logIns.get());
        assertEquals(Optional.of("alice"), context.ownerOfToken("t1"));
        assertEquals(Optional.of("alice"), context.ownerOfToken("t2"));
        assertEquals(Optional.empty(), context.ownerOfToken("given-expired"));
        assertTrue(context.secrets().containsAll(java.util.List.of("t1", "t2")));
        assertTrue(context.readingsChosen().get(RunContext.TOKEN_RENEWAL_TOPIC).startsWith("logged in again 1 time(s)"));
    }
}
