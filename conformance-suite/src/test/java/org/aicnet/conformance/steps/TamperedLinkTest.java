package org.aicnet.conformance.steps;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A tampered log link differs from the link in one character of its signature, or of its last path segment. */
class TamperedLinkTest {

    @Test
    void theLastQueryValueChanges() {
        assertEquals("https://p.example/logs/j1/t1?contentType=text%2Fplain&expires=17&signature=AbCa",
                TaskLogSteps.tampered("https://p.example/logs/j1/t1?contentType=text%2Fplain&expires=17&signature=AbCd"));
        assertEquals("https://p.example/l?sig=x1_-", TaskLogSteps.tampered("https://p.example/l?sig=x0_-"));
    }

    @Test
    void withoutAQueryTheLastPathSegmentChanges() {
        assertEquals("https://p.example/logs/b", TaskLogSteps.tampered("https://p.example/logs/a"));
        assertEquals("https://p.example/logs/-/x", TaskLogSteps.tampered("https://p.example/logs/-"));
    }
}
