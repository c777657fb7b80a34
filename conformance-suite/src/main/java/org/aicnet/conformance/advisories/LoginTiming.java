package org.aicnet.conformance.advisories;

import java.util.List;
import java.util.Optional;

/**
 * Judges whether a platform answers a log-in of an unknown user measurably faster than a wrong password of a real
 * one, which tells an attacker which user names exist. The wrong password is timed once or twice only (an account
 * freezes after a few: B.1 0103), so the difference must stand clear of the spread of the unknown-user samples.
 */
final class LoginTiming {

    /** Below this a difference is network noise on any link. */
    static final long MIN_DIFFERENCE_MILLIS = 20;

    private LoginTiming() {
    }

    /** The advisory's finding, or empty when the two kinds of refusal take about as long. */
    static Optional<String> finding(List<Long> unknownUserMillis, List<Long> wrongPasswordMillis) {
        if (unknownUserMillis.isEmpty() || wrongPasswordMillis.isEmpty()) {
            return Optional.empty();
        }
        long slowestUnknown = unknownUserMillis.stream().mapToLong(Long::longValue).max().orElseThrow();
        long fastestWrong = wrongPasswordMillis.stream().mapToLong(Long::longValue).min().orElseThrow();
        long median = unknownUserMillis.stream().sorted().toList().get(unknownUserMillis.size() / 2);
        if (fastestWrong > 2 * slowestUnknown && fastestWrong - median >= MIN_DIFFERENCE_MILLIS) {
            return Optional.of("a log-in of an unknown user was refused in " + median + " ms (median of "
                    + unknownUserMillis.size() + "), a wrong password of the configured user in " + fastestWrong
                    + " ms: the time tells which user names exist");
        }
        return Optional.empty();
    }
}
