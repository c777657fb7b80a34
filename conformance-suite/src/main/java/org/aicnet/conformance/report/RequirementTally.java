package org.aicnet.conformance.report;

import java.util.Collection;

/** How many requirements have each status. Counted once, by {@link ComplianceReportBuilder}; writers only read. */
public record RequirementTally(int pass, int fail, int error, int skip, int notChecked) {

    static RequirementTally of(Collection<Status> statuses) {
        int[] counts = new int[Status.values().length];
        statuses.forEach(status -> counts[status.ordinal()]++);
        return new RequirementTally(counts[Status.PASS.ordinal()], counts[Status.FAIL.ordinal()],
                counts[Status.ERROR.ordinal()], counts[Status.SKIP.ordinal()], counts[Status.NOT_CHECKED.ordinal()]);
    }

    public int total() {
        return pass + fail + error + skip + notChecked;
    }

    public int count(Status status) {
        return switch (status) {
            case PASS -> pass;
            case FAIL -> fail;
            case ERROR -> error;
            case SKIP -> skip;
            case NOT_CHECKED -> notChecked;
        };
    }
}
