package org.aicnet.conformance.run;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows a run's {@link Progress}: on a terminal one line rewritten in place (carriage return) every second; in a CI
 * log (no terminal, or CI=true) a plain line every {@link #PLAIN_INTERVAL}. Other lines of the run go through
 * {@link #say}, which first clears the line in place.
 */
public final class ProgressPrinter implements AutoCloseable {

    /** How the progress is shown. */
    public enum Mode {
        TERMINAL, PLAIN;

        /** On a terminal unless the environment says CI=true: CI logs keep every character written. */
        public static Mode of(boolean terminal, java.util.Map<String, String> environment) {
            return terminal && !"true".equalsIgnoreCase(environment.getOrDefault("CI", "")) ? TERMINAL : PLAIN;
        }
    }

    public static final Duration PLAIN_INTERVAL = Duration.ofSeconds(10);
    static final Duration TERMINAL_INTERVAL = Duration.ofSeconds(1);
    private static final int WIDTH = 160;

    private final PrintStream out;
    private final Progress progress;
    private final Mode mode;
    private final Clock clock;
    private ScheduledExecutorService ticker;
    private Instant lastPlain;
    private int shown;

    public ProgressPrinter(PrintStream out, Progress progress, Mode mode, Clock clock) {
        this.out = out;
        this.progress = progress;
        this.mode = mode;
        this.clock = clock;
        this.lastPlain = clock.instant();
    }

    /** Starts showing the progress in a thread of its own. */
    void start() {
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress");
            thread.setDaemon(true);
            return thread;
        });
        long every = (mode == Mode.TERMINAL ? TERMINAL_INTERVAL : Duration.ofSeconds(1)).toMillis();
        ticker.scheduleAtFixedRate(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** Shows the progress if it is time: each tick on a terminal, every {@link #PLAIN_INTERVAL} in plain lines. */
    synchronized void tick() {
        Instant now = clock.instant();
        String line = progress.line(now);
        if (mode == Mode.TERMINAL) {
            String fitted = line.length() > WIDTH ? line.substring(0, WIDTH - 1) + "…" : line;
            out.print("\r" + fitted + " ".repeat(Math.max(0, shown - fitted.length())));
            shown = fitted.length();
        } else if (!now.isBefore(lastPlain.plus(PLAIN_INTERVAL))) {
            out.println("progress: " + line);
            lastPlain = now;
        }
        out.flush();
    }

    /** Prints a line of the run, clearing the line in place first. */
    public synchronized void say(String text) {
        clear();
        out.println(text);
        out.flush();
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        clear();
        out.flush();
    }

    private void clear() {
        if (mode == Mode.TERMINAL && shown > 0) {
            out.print("\r" + " ".repeat(shown) + "\r");
            shown = 0;
        }
    }
}
