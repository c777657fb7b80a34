package org.aicnet.conformance.cli;

import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.SuiteRun;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tag expressions that select no check of the suite are refused before the run, with the suite's tags that look like
 * the ones given: {@code @clause:7.3} is no tag, {@code @clause:7.3.1} is.
 */
final class TagHints {

    private static final Pattern TAG = Pattern.compile("@[^\\s()]+");
    private static final int MAX_HINTS = 8;

    private TagHints() {
    }

    /** Why the configured tags select nothing, with hints; empty when they select a check or none are given. */
    static Optional<String> selectsNothing(SuiteConfig config, SuiteRun run) {
        if (config.tags().isEmpty() && config.excludeTags().isEmpty()) {
            return Optional.empty();
        }
        if (!run.list().checks().isEmpty()) {
            return Optional.empty();
        }
        Set<String> known = new TreeSet<>();
        for (CheckResult check : run.listAll().checks()) {
            known.addAll(check.tags());
        }
        String given = config.tags().map(tags -> Setting.TAGS.flag() + " '" + tags + "'").orElse("")
                + config.excludeTags().map(tags -> " " + Setting.EXCLUDE_TAGS.flag() + " '" + tags + "'").orElse("");
        List<String> hints = new ArrayList<>();
        Matcher tag = TAG.matcher(config.tags().orElse("") + " " + config.excludeTags().orElse(""));
        while (tag.find()) {
            if (!known.contains(tag.group())) {
                hints.add(tag.group() + " is no tag of the suite" + similar(tag.group(), known));
            }
        }
        return Optional.of(given.strip() + " select no check of the suite"
                + (hints.isEmpty() ? "" : ": " + String.join("; ", hints))
                + " (list " + Setting.TAGS.flag() + " EXPR prints the checks a selection runs)");
    }

    private static String similar(String tag, Set<String> known) {
        // the tags that it begins (a clause and its sub-clauses), else the tags a typo or two away
        List<String> like = known.stream().filter(candidate -> candidate.startsWith(tag)).limit(MAX_HINTS).toList();
        if (like.isEmpty()) {
            like = known.stream().filter(candidate -> distance(tag.toLowerCase(), candidate.toLowerCase()) <= 2)
                    .sorted(Comparator.comparingInt(candidate -> distance(tag, candidate))).limit(MAX_HINTS)
                    .sorted().toList();
        }
        return like.isEmpty() ? "" : "; similar: " + String.join(", ", like);
    }

    /** The Levenshtein distance of two short texts. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
