package org.aicnet.conformance.report;

import org.aicnet.conformance.platform.Exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the failed and errored checks of a run by cause, from what the checks recorded alone, so that the first
 * broken shape or code explains the failures that follow from it:
 * <ol>
 * <li>SHAPE: the first schema violation a message names, wherever in the message (an error of a check that could not
 * read a listing quotes it too), with its array indices written {i}: "the body does not have the shape of
 * centers-response.json: /centers/{i}/province: …";</li>
 * <li>ANSWER: a check whose failing answer (its last exchange: method, URL, status and body) is the very answer an
 * earlier failure of the run got joins that failure's group: it judged what was already found wrong; an ERROR joins
 * it when any of its exchanges got that answer: it could not judge because of it;</li>
 * <li>MESSAGE: else the message's first line without the answer it quotes (what follows ": {", ": [", ": &lt;" or a
 * trailing ": "), so that "expected HTTP 400 with error code 0204 (table B.1), got HTTP 200" groups every check that
 * met the same B.1 code and status mismatch.</li>
 * </ol>
 * The groups come in the order their first check ran; a check is in exactly one group.
 */
public final class Causes {

    /** How a group's cause was found. */
    public enum Kind {
        SHAPE, ANSWER, MESSAGE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Pattern SHAPE = Pattern.compile(
            "(the body does not have the shape of \\S+?\\.json): ([^;\\n]+)");
    private static final Pattern INDEX = Pattern.compile("/\\d+(?=/|:|$)|\\[\\d+]");
    private static final Pattern QUOTED_ANSWER = Pattern.compile(":\\s*(?=[{\\[<\"])|:\\s*$");
    /** Long runs of digits (times, counters, generated ids) differ from run to run and say nothing of the cause. */
    private static final Pattern VOLATILE = Pattern.compile("\\d{6,}");

    /** A cause is a line to read: a longer message is cut here (its check keeps the whole message). */
    static final int MAX_CAUSE = 300;

    private Causes() {
    }

    static List<CauseGroup> of(List<CheckReport> failures) {
        Map<String, List<CheckReport>> byCause = new LinkedHashMap<>();
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Map<String, String> causeOfAnswer = new LinkedHashMap<>();
        for (CheckReport check : failures) {
            Optional<String> answer = failingAnswer(check);
            String cause = shape(check.message()).orElse(null);
            Kind kind = Kind.SHAPE;
            if (cause == null) {
                cause = answersSeen(check).stream().map(causeOfAnswer::get).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null);
                kind = Kind.ANSWER;
            }
            if (cause == null) {
                cause = message(check.message());
                kind = Kind.MESSAGE;
            }
            byCause.computeIfAbsent(cause, key -> new ArrayList<>()).add(check);
            kinds.putIfAbsent(cause, kind);
            String found = cause;
            answer.ifPresent(key -> causeOfAnswer.putIfAbsent(key, found));
        }
        List<CauseGroup> groups = new ArrayList<>();
        byCause.forEach((cause, checks) -> groups.add(new CauseGroup(cause, kinds.get(cause), checks)));
        return groups;
    }

    /** The first schema violation the message names, its array indices written {i}. */
    static Optional<String> shape(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher shape = SHAPE.matcher(message);
        if (!shape.find()) {
            return Optional.empty();
        }
        return Optional.of(shape.group(1) + ": " + INDEX.matcher(shape.group(2).strip()).replaceAll(
                match -> match.group().startsWith("[") ? "[{i}]" : "/{i}"));
    }

    /** The message's first line without the answer it quotes and without long runs of digits. */
    static String message(String message) {
        if (message == null || message.isBlank()) {
            return "(the check gave no message)";
        }
        String line = message.strip().lines().findFirst().orElse("");
        Matcher quoted = QUOTED_ANSWER.matcher(line);
        if (quoted.find() && quoted.start() > 0) {
            line = line.substring(0, quoted.start());
        }
        String cause = VOLATILE.matcher(line.strip()).replaceAll("…");
        return cause.length() <= MAX_CAUSE ? cause : cause.substring(0, MAX_CAUSE) + "…";
    }

    /** The answer the check judged last: its last exchange. */
    private static Optional<String> failingAnswer(CheckReport check) {
        List<Exchange> exchanges = exchanges(check);
        return exchanges.isEmpty() ? Optional.empty() : Optional.of(answer(exchanges.get(exchanges.size() - 1)));
    }

    /** The answers that may explain the check: the last one of a FAIL, every one of an ERROR. */
    private static List<String> answersSeen(CheckReport check) {
        if (check.outcome() == org.aicnet.conformance.run.Outcome.ERROR) {
            return exchanges(check).stream().map(Causes::answer).toList();
        }
        return failingAnswer(check).stream().toList();
    }

    private static List<Exchange> exchanges(CheckReport check) {
        return check.failure() == null ? List.of() : check.failure().exchanges();
    }

    private static String answer(Exchange exchange) {
        return exchange.method() + ' ' + exchange.url() + ' ' + exchange.status() + '\n' + exchange.responseBody();
    }
}
