package org.aicnet.conformance.advisories;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginTimingTest {

    @Test
    void aWrongPasswordFarSlowerThanEveryUnknownUserIsAdvised() {
        assertTrue(LoginTiming.finding(List.of(3L, 4L, 5L, 3L, 4L), List.of(180L)).orElseThrow()
                .contains("180 ms"));
    }

    @Test
    void timesWithinTheSpreadOrTheNoiseAreNot() {
        assertFalse(LoginTiming.finding(List.of(90L, 100L, 110L, 95L, 105L), List.of(120L)).isPresent());
        assertFalse(LoginTiming.finding(List.of(1L, 2L, 1L, 1L, 2L), List.of(12L)).isPresent(), "under 20 ms");
        assertFalse(LoginTiming.finding(List.of(3L, 3L, 3L, 3L, 200L), List.of(150L)).isPresent(), "an outlier");
    }
}
