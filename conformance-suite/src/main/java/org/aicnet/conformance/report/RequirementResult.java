package org.aicnet.conformance.report;

import org.aicnet.conformance.ledger.Check;
import org.aicnet.conformance.ledger.Level;
import org.aicnet.conformance.ledger.Reading;

import java.util.List;

/**
 * One requirement of the ledger with the checks of this run that cover it: its status is the roll-up of their
 * outcomes, or NOT_CHECKED with the reason when there are none.
 */
public record RequirementResult(String id, String source, String field, String textZh, String textEn, Level level,
                                Check checkability, List<Reading> readings, Status status, NotChecked notChecked,
                                Tally checkTally, List<CheckReport> checks) {

    public RequirementResult {
        readings = List.copyOf(readings);
        checks = List.copyOf(checks);
    }
}
