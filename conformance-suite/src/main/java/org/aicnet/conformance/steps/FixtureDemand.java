package org.aicnet.conformance.steps;

import org.aicnet.conformance.jobs.SharedJob;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which shared jobs the selected checks need, read from the texts of their steps before the run starts, so that the
 * run submits them early, follows them side by side, and releases each once the last check that needs it is over. A
 * step this table misses costs only time: its check still gets the job, prepared when it first asks (again, where
 * the job was released).
 */
final class FixtureDemand {

    private static final Map<Pattern, Set<SharedJob>> NEEDS = Map.ofEntries(
            need("a training job that ran the succeeding command to its end", SharedJob.SUCCEEDED),
            need("a training job that ran the failing command to its end", SharedJob.FAILED),
            need("a training job that ran the long command to its end", SharedJob.RUNNING),
            need("a training job on two nodes that ran", SharedJob.TWO_NODES),
            need("a running training job", SharedJob.RUNNING),
            need("a training job that was stopped", SharedJob.STOPPED),
            need("a training job that ended SUCCEEDED", SharedJob.SUCCEEDED),
            need("a training job that ended FAILED", SharedJob.FAILED),
            need("a training job that ended STOPPED", SharedJob.STOPPED),
            need("a training job created without a description", SharedJob.SUCCEEDED),
            need("training jobs that succeeded, failed and still run", SharedJob.SUCCEEDED, SharedJob.FAILED,
                    SharedJob.RUNNING),
            need("an online job of the user that names its center", SharedJob.ONLINE),
            need("named like one of the user's online jobs", SharedJob.ONLINE),
            need("the same user id as the user's other training jobs", SharedJob.SUCCEEDED, SharedJob.FAILED),
            need("(creates|submits) a(n)? (training|online) job", SharedJob.SUCCEEDED),
            need("a finished training job that has results", SharedJob.SUCCEEDED),
            need("a new training job that ended SUCCEEDED", SharedJob.OWN_SUCCEEDED),
            need("a new training job that ended FAILED", SharedJob.OWN_FAILED),
            need("tries to (show a training job|ask for a task's log link|stop a training job) with",
                    SharedJob.TOKEN_RUNNING),
            need("tries to (delete a training job|download a training job's results) with",
                    SharedJob.TOKEN_SUCCEEDED),
            need("tries to create a(n)? (training|online service) job with", SharedJob.SUCCEEDED));

    private FixtureDemand() {
    }

    /** The shared jobs each check needs, by check id, from the texts of its steps. */
    static Map<String, Set<SharedJob>> byCheck(Map<String, List<String>> stepsByCheck) {
        Map<String, Set<SharedJob>> needs = new java.util.HashMap<>();
        stepsByCheck.forEach((check, steps) -> needs.put(check, of(steps)));
        return needs;
    }

    static Set<SharedJob> of(Collection<String> stepTexts) {
        Set<SharedJob> needed = EnumSet.noneOf(SharedJob.class);
        for (String text : stepTexts) {
            NEEDS.forEach((pattern, jobs) -> {
                if (pattern.matcher(text).find()) {
                    needed.addAll(jobs);
                }
            });
        }
        return needed;
    }

    private static Map.Entry<Pattern, Set<SharedJob>> need(String phrase, SharedJob... jobs) {
        return Map.entry(Pattern.compile(phrase), Set.copyOf(List.of(jobs)));
    }
}
