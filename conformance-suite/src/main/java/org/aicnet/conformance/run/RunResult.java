package org.aicnet.conformance.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A finished run: every check with its outcome, what the cleanup did (reported on its own: it never changes a
 * check's verdict), the readings the platform chose, and the ids of every requirement that some feature of the suite
 * checks, selected for this run or not (a report tells "not selected by tags" from "no check yet" with it), and the
 * advisories of the security probe (topic → finding; never part of a verdict), and what the run's jobs used. Holds no
 * secret: the configuration is redacted, and messages and evidence were redacted when each check finished.
 */
public record RunResult(String runId, String baseUrl, Instant started, Instant finished,
                        Map<String, String> configuration, List<CheckResult> checks, List<String> cleanupNotes,
                        Map<String, String> readingsChosen, Set<String> requirementsWithChecks,
                        Map<String, String> advisories, Completion completion, JobUsage jobUsage) {

    /** Exit code of a run cancelled by SIGTERM or Ctrl-C (128 + SIGINT, as shells report an interrupted command). */
    public static final int CANCELLED = 130;

    /** A run whose jobs were not accounted (the kit's own tests of the reports). */
    public RunResult(String runId, String baseUrl, Instant started, Instant finished,
                     Map<String, String> configuration, List<CheckResult> checks, List<String> cleanupNotes,
                     Map<String, String> readingsChosen, Set<String> requirementsWithChecks,
                     Map<String, String> advisories, Completion completion) {
        this(runId, baseUrl, started, finished, configuration, checks, cleanupNotes, readingsChosen,
                requirementsWithChecks, advisories, completion, JobUsage.none(0, java.util.Optional.empty()));
    }

    /** A run that went through every selected check, without advisories (none probed). */
    public RunResult(String runId, String baseUrl, Instant started, Instant finished,
                     Map<String, String> configuration, List<CheckResult> checks, List<String> cleanupNotes,
                     Map<String, String> readingsChosen, Set<String> requirementsWithChecks) {
        this(runId, baseUrl, started, finished, configuration, checks, cleanupNotes, readingsChosen,
                requirementsWithChecks, Map.of(), Completion.COMPLETE);
    }

    public long count(Outcome outcome) {
        return checks.stream().filter(check -> check.outcome() == outcome).count();
    }

    /** Every mandatory check passed or was skipped with a reason, and none failed or errored. */
    public Outcome verdict() {
        return Outcome.rollUp(checks.stream().map(CheckResult::outcome).toList());
    }

    /**
     * The runner's exit code: 0 when no mandatory check failed or errored, 1 when one failed, 2 when one errored
     * (the kit could not judge), when no check ran at all or the preflight stopped the run, and {@value #CANCELLED}
     * when the run was cancelled.
     */
    public int exitCode() {
        if (completion.state() == Completion.State.INCOMPLETE) {
            return CANCELLED;
        }
        if (completion.state() == Completion.State.NOT_RUN) {
            return 2;
        }
        boolean ran = checks.stream().anyMatch(check -> check.outcome() != Outcome.SKIP);
        if (!ran) {
            return 2;
        }
        List<Outcome> mandatory = checks.stream().filter(CheckResult::mandatory).map(CheckResult::outcome).toList();
        if (mandatory.contains(Outcome.FAIL)) {
            return 1;
        }
        if (mandatory.contains(Outcome.ERROR)) {
            return 2;
        }
        return 0;
    }
}
