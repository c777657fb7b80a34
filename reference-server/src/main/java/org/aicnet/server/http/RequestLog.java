package org.aicnet.server.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line per request: method, the route it matched as declared (never the path, whose ids are the request's
 * values), status and milliseconds. The query string is never logged (a signed log link carries its signature
 * there), nor any header or body, so no token, password or rejected value reaches the log ({@link LoggedRequest}).
 *
 * <p>A request never waits for the log: its line goes into a bounded queue without a lock (no request waits for
 * another's or for the writer's), which one thread writes out every {@link #PERIOD_MILLIS} ms (it never waits on the
 * queue, so that a request has no writer to wake). When {@link #CAPACITY} lines are queued a new line is dropped and
 * counted, and the count is logged as soon as the writer catches up. The lines still queued when the JVM exits are
 * written by a shutdown hook.
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("aicnet.requests");
    private static final int CAPACITY = 16_384;
    private static final long PERIOD_MILLIS = 10;
    private static final Queue<Line> QUEUE = new ConcurrentLinkedQueue<>();
    /** The lines queued: taken before a line is queued, given back as the writer takes it. */
    private static final AtomicInteger QUEUED = new AtomicInteger();
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
        if (QUEUED.incrementAndGet() > CAPACITY) {
            QUEUED.decrementAndGet();
            DROPPED.incrementAndGet();
            return;
        }
        QUEUE.offer(new Line(LoggedRequest.method(ctx), LoggedRequest.route(ctx), ctx.statusCode(), millis));
    }

    /** Lines dropped so far because the queue was full. */
    public static long dropped() {
        return DROPPED.get();
    }

    private static void flush() {
        boolean more;
        do {
            more = writeOut();
        } while (more);
    }

    /** Writes out the lines queued, {@link #CAPACITY} at most; whether there were any. */
    private static boolean writeOut() {
        StringBuilder text = new StringBuilder(64);
        boolean any = false;
        Line line;
        for (int written = 0; written < CAPACITY && (line = QUEUE.poll()) != null; written++) {
            QUEUED.decrementAndGet();
            any = true;
            if (LOG.isInfoEnabled()) {
                text.setLength(0);
                text.append(line.method()).append(' ').append(line.route()).append(' ').append(line.status())
                        .append(' ');
                appendTenths(text, line.millis());
                LOG.info(text.append("ms").toString());
            }
        }
        return any;
    }

    /** Milliseconds with one decimal, as {@code %.1f} writes them. */
    private static void appendTenths(StringBuilder text, float millis) {
        long tenths = Math.round(millis * 10.0);
        if (tenths < 0) {
            text.append(String.format(Locale.ROOT, "%.1f", millis));
        } else {
            text.append(tenths / 10).append('.').append(tenths % 10);
        }
    }

    private static void write() {
        long reported = 0;
        while (true) {
            if (!writeOut()) {
                try {
                    Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                continue;
            }
            long dropped = DROPPED.get();
            if (dropped > reported) {
                LOG.warn("{} request log lines dropped so far: requests came faster than the log is written",
                        dropped);
                reported = dropped;
            }
        }
    }
}
