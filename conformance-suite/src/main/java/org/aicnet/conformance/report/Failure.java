package org.aicnet.conformance.report;

import org.aicnet.conformance.ledger.Reading;
import org.aicnet.conformance.platform.Exchange;

import java.util.List;

/**
 * What an engineer needs to fix a failed or errored check: the expectation that failed (the check's message), the
 * readings of docs/interpretations.md its requirements rely on, the last exchanges with the platform (headers
 * redacted, bodies cut) and how many earlier ones were left out, and a curl command that repeats the last request.
 */
public record Failure(String expectation, List<Reading> readings, List<Exchange> exchanges, int exchangesLeftOut) {

    /** At most this many exchanges are kept per check: the last ones, where a check that polls ends. */
    public static final int MAX_EXCHANGES = 10;

    public Failure {
        readings = List.copyOf(readings);
        exchanges = List.copyOf(exchanges);
    }

    /** The curl command of the last request, which usually drew the answer that failed; null without a request. */
    public String curl() {
        return exchanges.isEmpty() ? null : exchanges.get(exchanges.size() - 1).curl();
    }
}
