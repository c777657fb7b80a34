package org.aicnet.conformance.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SecretRedactionTest {

    @Test
    void redactsPasswordAndTokenFieldsAndEveryKnownValueLongestFirst() {
        assertEquals("{\"user\":{\"password\":\"***\"},\"token\":\"***\"}",
                SecretRedaction.jsonFields("{\"user\":{\"password\":\"p\\\"w\"},\"token\":\"abc\"}"));
        assertEquals("echo *** and ***", SecretRedaction.values("echo secret-long and secret",
                List.of("secret", "secret-long")));
    }

    @Test
    void takesSecretsOutOfEveryPartOfAnExchange() {
        Exchange exchange = new Exchange("GET", "http://p.example/x?t=tok-9", Map.of("X-Echo", "tok-9"),
                "{\"password\":\"hunter2\"}", 400, Map.of("X-Token-Was", "tok-9"), "bad token tok-9", 5,
                "curl 'http://p.example/x?t=tok-9'");
        Exchange redacted = SecretRedaction.exchange(exchange, List.of("tok-9", "hunter2"));
        assertFalse(redacted.toString().contains("tok-9"), redacted.toString());
        assertFalse(redacted.toString().contains("hunter2"), redacted.toString());
        assertEquals(400, redacted.status());
    }
}
