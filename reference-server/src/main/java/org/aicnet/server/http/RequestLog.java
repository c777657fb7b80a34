package org.aicnet.server.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line per request: method, the route it matched as declared (never the path, whose ids are the request's
 * values), status and milliseconds. The query string is never logged (a signed log link carries its signature
 * there), nor any header or body, so no token, password or rejected value reaches the log ({@link LoggedRequest}).
 *
 * <p>A request never waits for the log: its line goes into a bounded queue that one thread writes out every
 * {@link #PERIOD_MILLIS} ms (it never waits on the queue, so that a request has no writer to wake). When the queue is
 * full the line is dropped and counted, and the count is logged as soon as the writer catches up. The lines still
 * queued when the JVM exits are written by a shutdown hook.
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("aicnet.requests");
    private static final int CAPACITY = 16_384;
    private static final long PERIOD_MILLIS = 10;
    private static final BlockingQueue<Line> QUEUE = new ArrayBlockingQueue<>(CAPACITY);
    private static final AtomicLong DROPPED = new AtomicLong();

    static {
        Thread writer = new Thread(RequestLog::write, "request-log");
        writer.setDaemon(true);
        writer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(RequestLog::flush, "request-log-flush"));
    }

    private record Line(String method, String route, int status, float millis) {
    }

    private RequestLog() {
    }

    public static void log(Context ctx, Float millis) {
        if (!QUEUE.offer(new Line(LoggedRequest.method(ctx), LoggedRequest.route(ctx), ctx.statusCode(), millis))) {
            DROPPED.incrementAndGet();
        }
    }

    /** Lines dropped so far because the queue was full. */
    public static long dropped() {
        return DROPPED.get();
    }

    private static void flush() {
        List<Line> lines = new ArrayList<>();
        QUEUE.drainTo(lines);
        writeOut(lines);
    }

    private static void writeOut(List<Line> lines) {
        for (Line line : lines) {
            LOG.info("{} {} {} {}ms", line.method(), line.route(), line.status(), tenths(line.millis()));
        }
        lines.clear();
    }

    /** Milliseconds with one decimal, as {@code %.1f} writes them. */
    private static String tenths(float millis) {
        long tenths = Math.round(millis * 10.0);
        return tenths < 0 ? String.format(Locale.ROOT, "%.1f", millis) : tenths / 10 + "." + tenths % 10;
    }

    private static void write() {
        List<Line> lines = new ArrayList<>();
        long reported = 0;
        while (true) {
            QUEUE.drainTo(lines);
            if (lines.isEmpty()) {
                try {
                    Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                continue;
            }
            writeOut(lines);
            long dropped = DROPPED.get();
            if (dropped > reported) {
                LOG.warn("{} request log lines dropped so far: requests came faster than the log is written",
                        dropped);
                reported = dropped;
            }
        }
    }
}
