package org.aicnet.server.backend.simulated;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the simulated backend reads a task's command, so that a user steers the outcome: {@code sleep N} runs N
 * seconds (decimals allowed), {@code exit K} ends the task with exit code K (0 succeeds, anything else fails),
 * {@code echo TEXT} writes TEXT to the log, and anything else works for the configured {@code jobs.simulatedRunTime}
 * (a service's, an online job's, works until it is stopped). Steps may be chained with {@code ;}, {@code &&} or new
 * lines, as in {@code echo epoch 1; sleep 2; echo epoch 2; exit 3}; the task ends after its last step with exit code
 * 0, or at its first {@code exit}.
 *
 * <p>The script becomes a timeline of {@link Event}s at offsets from the task's start, so that a run is a function of
 * its start time alone: that is what lets a simulated task resume exactly after a restart.
 */
record SimulatedScript(List<Event> events) {

    /** At {@code offsetMillis} after the start: write {@code output} to the log, or end with {@code exitCode}. */
    record Event(long offsetMillis, String output, Integer exitCode) {

        boolean ends() {
            return exitCode != null;
        }
    }

    private static final Pattern SLEEP = Pattern.compile("sleep\\s+(\\d+(?:\\.\\d+)?)");
    private static final Pattern EXIT = Pattern.compile("exit(?:\\s+(\\d{1,3}))?");
    private static final Pattern ECHO = Pattern.compile("echo(?:\\s+(.*))?", Pattern.DOTALL);
    private static final int MAX_EXIT_CODE = 255;
    /** What a task without a command does: it works, like any command the simulation does not know. */
    private static final String WORK = "work";

    static SimulatedScript parse(String command, Duration runTime, boolean service) {
        List<Event> events = new ArrayList<>();
        long offset = 0;
        List<String> steps = steps(command == null ? "" : command);
        for (String step : steps.isEmpty() ? List.of(WORK) : steps) {
            Matcher sleep = SLEEP.matcher(step);
            Matcher exit = EXIT.matcher(step);
            Matcher echo = ECHO.matcher(step);
            if (sleep.matches()) {
                offset += new BigDecimal(sleep.group(1)).movePointRight(3).longValue();
            } else if (exit.matches() && exitCode(exit.group(1)) <= MAX_EXIT_CODE) {
                events.add(new Event(offset, null, exitCode(exit.group(1))));
                return new SimulatedScript(events);
            } else if (echo.matches()) {
                events.add(new Event(offset, unquote(echo.group(1) == null ? "" : echo.group(1).trim()), null));
            } else if (service) {
                return new SimulatedScript(events);
            } else {
                offset += runTime.toMillis();
            }
        }
        events.add(new Event(offset, null, 0));
        return new SimulatedScript(events);
    }

    /** Whether the task ends by itself; a service whose command never ends runs until it is stopped. */
    boolean ends() {
        return !events.isEmpty() && events.get(events.size() - 1).ends();
    }

    /** The steps of a command: split at {@code ;}, {@code &&} and new lines outside quotes. */
    static List<String> steps(String command) {
        List<String> steps = new ArrayList<>();
        StringBuilder step = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                step.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                step.append(c);
            } else if (c == ';' || c == '\n' || c == '&' && i + 1 < command.length() && command.charAt(i + 1) == '&') {
                i += c == '&' ? 1 : 0;
                add(steps, step);
            } else {
                step.append(c);
            }
        }
        add(steps, step);
        return steps;
    }

    private static void add(List<String> steps, StringBuilder step) {
        String text = step.toString().trim();
        if (!text.isEmpty()) {
            steps.add(text);
        }
        step.setLength(0);
    }

    private static int exitCode(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                                   || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
