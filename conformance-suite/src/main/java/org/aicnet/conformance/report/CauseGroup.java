package org.aicnet.conformance.report;

import org.aicnet.conformance.run.Outcome;

import java.util.List;

/**
 * Failed or errored checks that share one cause (see {@link Causes}): the first of them, in the order they ran, is
 * the one that explains the others; an ERROR among the others could not judge because of it.
 *
 * @param cause what the checks have in common, e.g. "the body does not have the shape of centers-response.json:
 *              /centers/{i}/province: must be at least 1 characters long"
 * @param kind  how the cause was found: {@link Causes.Kind}
 */
public record CauseGroup(String cause, Causes.Kind kind, List<CheckReport> checks) {

    public CauseGroup {
        checks = List.copyOf(checks);
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("a cause explains at least one check");
        }
    }

    /** The first check of the group: its evidence explains the rest. */
    public CheckReport explaining() {
        return checks.get(0);
    }

    /** The checks after the first, which follow from its cause. */
    public List<CheckReport> following() {
        return checks.subList(1, checks.size());
    }

    /** Whether a check of the group could not judge because of the explaining one: an ERROR after it. */
    public boolean blocked(CheckReport check) {
        return check != explaining() && check.outcome() == Outcome.ERROR;
    }
}
