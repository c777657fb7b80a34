package org.aicnet.conformance.report;

import java.util.List;

/**
 * One clause of T/AI 123.8 (or table B.1) with its requirements. Its status rolls up the statuses of the
 * requirements that were checked; {@code checkTally} counts each check of the clause once, even when it covers
 * several of its requirements.
 */
public record ClauseResult(String id, ClauseTitle title, Status status, RequirementTally requirementTally,
                           Tally checkTally, List<RequirementResult> requirements) {

    public ClauseResult {
        requirements = List.copyOf(requirements);
    }
}
