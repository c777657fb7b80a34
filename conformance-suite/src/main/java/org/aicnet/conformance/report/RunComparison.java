package org.aicnet.conformance.report;

import org.aicnet.conformance.run.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed since the earlier run whose compliance.json was in the same report folder, check by check id: the
 * checks that fail or err now and did not then (new failures, with what they were: PASS, SKIP or absent), the ones
 * that failed or erred then and pass now (fixed), and the ones that failed or erred then and were skipped or not run
 * now, which say nothing either way (no longer judged).
 */
public record RunComparison(String previousRunId, String previousStarted, List<Change> newFailures,
                            List<Change> fixed, List<Change> noLongerJudged, int stillFailing) {

    /** Written for a check the other run did not have. */
    public static final String ABSENT = "absent";

    /** One check whose outcome changed: its outcome in the earlier run and in this one. */
    public record Change(String id, String name, String before, String now) {
    }

    public RunComparison {
        newFailures = List.copyOf(newFailures);
        fixed = List.copyOf(fixed);
        noLongerJudged = List.copyOf(noLongerJudged);
    }

    static RunComparison between(PreviousRun previous, List<CheckReport> checks) {
        Map<String, CheckReport> now = checks.stream()
                .collect(Collectors.toMap(CheckReport::id, Function.identity(), (first, second) -> first,
                        java.util.LinkedHashMap::new));
        Set<String> ids = new LinkedHashSet<>(now.keySet());
        ids.addAll(previous.checks().keySet());
        List<Change> newFailures = new ArrayList<>();
        List<Change> fixed = new ArrayList<>();
        List<Change> noLongerJudged = new ArrayList<>();
        int stillFailing = 0;
        for (String id : ids) {
            PreviousRun.Checked before = previous.checks().get(id);
            CheckReport check = now.get(id);
            boolean failedBefore = before != null && failing(before.outcome());
            boolean failsNow = check != null && check.failedOrErrored();
            String name = check != null ? check.name() : before.name();
            Change change = new Change(id, name, before == null ? ABSENT : before.outcome(),
                    check == null ? ABSENT : check.outcome().name());
            if (failsNow && failedBefore) {
                stillFailing++;
            } else if (failsNow) {
                newFailures.add(change);
            } else if (failedBefore && check != null && check.outcome() == Outcome.PASS) {
                fixed.add(change);
            } else if (failedBefore) {
                noLongerJudged.add(change);
            }
        }
        return new RunComparison(previous.runId(), previous.started(), newFailures, fixed, noLongerJudged,
                stillFailing);
    }

    private static boolean failing(String outcome) {
        return outcome.equals(Outcome.FAIL.name()) || outcome.equals(Outcome.ERROR.name());
    }
}
