package org.aicnet.conformance.report;

import org.aicnet.conformance.run.Outcome;

import java.util.Collection;

/** How many checks ended with each outcome. Counted once, by {@link ComplianceReportBuilder}; writers only read. */
public record Tally(int pass, int fail, int error, int skip) {

    static Tally of(Collection<Outcome> outcomes) {
        int pass = 0;
        int fail = 0;
        int error = 0;
        int skip = 0;
        for (Outcome outcome : outcomes) {
            switch (outcome) {
                case PASS -> pass++;
                case FAIL -> fail++;
                case ERROR -> error++;
                case SKIP -> skip++;
            }
        }
        return new Tally(pass, fail, error, skip);
    }

    public int total() {
        return pass + fail + error + skip;
    }

    /** The checks that ran: every one but the skipped. */
    public int run() {
        return pass + fail + error;
    }

    public int count(Outcome outcome) {
        return switch (outcome) {
            case PASS -> pass;
            case FAIL -> fail;
            case ERROR -> error;
            case SKIP -> skip;
        };
    }
}
