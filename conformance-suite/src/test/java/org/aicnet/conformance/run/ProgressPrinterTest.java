package org.aicnet.conformance.run;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress line: rewritten in place on a terminal, plain periodic lines in CI logs. */
class ProgressPrinterTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void onATerminalOneLineIsRewrittenInPlace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = progress();
        ProgressPrinter printer = new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), progress,
                ProgressPrinter.Mode.TERMINAL, Clock.fixed(START.plusSeconds(30), ZoneOffset.UTC));
        printer.tick();
        progress.job("ok1-abcd", "RUNNING");
        printer.tick();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(shown.contains("\n"), shown);
        assertEquals(2, shown.chars().filter(c -> c == '\r').count(), shown);
        String last = shown.substring(shown.lastIndexOf('\r') + 1);
        assertTrue(last.startsWith("1/4 checks · 30s elapsed · about 1m30s left · now: A stopped job ends STOPPED"
                + " · waits for the training job stopped while it ran the long command · jobs: ok1-"), last);
        assertTrue(last.length() <= 160 && last.endsWith("…"), "cut to the width of a terminal: " + last);
        printer.say("[2] Job states");
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r[2] Job states" + System.lineSeparator()),
                "the line in place is cleared before another line");
    }

    @Test
    void inCiLogsAPlainLineComesEveryTenSeconds() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SteppedClock clock = new SteppedClock(START);
        ProgressPrinter printer = new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), progress(),
                ProgressPrinter.Mode.PLAIN, clock);
        for (int second = 1; second <= 25; second++) {
            clock.at(START.plusSeconds(second));
            printer.tick();
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), "at 10 s and 20 s: " + lines);
        assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("\r"));
        assertTrue(lines.get(1).startsWith("progress: 1/4 checks · 20s elapsed · about 1m00s left · now: "), lines.get(1));
    }

    @Test
    void ciOrNoTerminalMeansPlainLines() {
        assertEquals(ProgressPrinter.Mode.TERMINAL, ProgressPrinter.Mode.of(true, Map.of()));
        assertEquals(ProgressPrinter.Mode.PLAIN, ProgressPrinter.Mode.of(true, Map.of("CI", "true")));
        assertEquals(ProgressPrinter.Mode.PLAIN, ProgressPrinter.Mode.of(false, Map.of()));
        assertEquals("1h02m", Progress.human(Duration.ofMinutes(62)));
    }

    private static Progress progress() {
        Progress progress = new Progress(START);
        progress.total(4);
        progress.checkStarted("A job whose command succeeds ends SUCCEEDED");
        progress.checkFinished();
        progress.checkStarted("A stopped job ends STOPPED");
        progress.awaiting("the training job stopped while it ran the long command");
        progress.job("stop2-abcd", "PENDING");
        return progress;
    }
}
