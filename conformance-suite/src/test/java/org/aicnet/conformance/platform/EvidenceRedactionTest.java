package org.aicnet.conformance.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Passwords and tokens never reach the evidence of a report. */
class EvidenceRedactionTest {

    @Test
    void passwordsAndTokensInBodiesAreRedacted() {
        String login = "{\"authMethod\":[\"password\"],\"user\":{\"name\":\"alice\",\"password\":\"s3cr\\\"et\"}}";
        String redacted = EvidenceFilter.redact(login);
        assertFalse(redacted.contains("s3cr"), redacted);
        assertEquals("{\"authMethod\":[\"password\"],\"user\":{\"name\":\"alice\",\"password\":\"***\"}}", redacted);

        String answer = "{\"token\": \"abcDEF123\", \"expiresAt\": \"2024-01-01 00:00:00\"}";
        assertEquals("{\"token\": \"***\", \"expiresAt\": \"2024-01-01 00:00:00\"}", EvidenceFilter.redact(answer));
    }
}
