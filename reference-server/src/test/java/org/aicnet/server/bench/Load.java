package org.aicnet.server.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: {@code connections} threads, each on its own keep-alive connection, send requests one after
 * the other until the duration has passed or {@code maxRequests} were sent, whichever comes first. Latencies are kept
 * per request; an answer other than the expected status counts as a failure.
 */
final class Load {

    /** The request a connection sends as its {@code n}th. */
    interface Requests {
        byte[] next(int connection, long n);
    }

    /** What one load measured. */
    record Result(long requests, long failures, double seconds, long p50Micros, long p99Micros, String firstFailure) {

        double perSecond() {
            return seconds == 0 ? 0 : (requests - failures) / seconds;
        }

        double p99Millis() {
            return p99Micros / 1000.0;
        }
    }

    private Load() {
    }

    static Result run(int port, int connections, Duration duration, long maxRequests, int expectedStatus,
                      Requests requests) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong issued = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>("");
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[connections];
        long[] sent = new long[connections];
        long perThreadCapacity = Math.min(maxRequests, 4_000_000L / connections + 1);
        for (int c = 0; c < connections; c++) {
            int connection = c;
            long[] mine = new long[(int) Math.min(perThreadCapacity, 1 << 16)];
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                long[] kept = mine;
                try (HttpConnection http = new HttpConnection(port)) {
                    for (long n = 0; System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests; n++) {
                        byte[] request = requests.next(connection, n);
                        long started = System.nanoTime();
                        sent[connection]++;
                        int status;
                        try {
                            status = http.send(request);
                        } catch (IOException e) {
                            http.close();
                            status = -1;
                            firstFailure.compareAndSet("", e.toString());
                        }
                        if (status != expectedStatus) {
                            failures.incrementAndGet();
                            String answer = status + " " + http.body();
                            firstFailure.compareAndSet("", answer.substring(0, Math.min(answer.length(), 200)));
                        }
                        if (counts[connection] == kept.length) {
                            if (kept.length >= perThreadCapacity) {
                                continue;
                            }
                            kept = Arrays.copyOf(kept, (int) Math.min(perThreadCapacity, kept.length * 2L));
                            latencies.set(connection, kept);
                        }
                        kept[counts[connection]++] = (System.nanoTime() - started) / 1000;
                    }
                }
            }, "load-" + c);
            threads.add(thread);
        }
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(Arrays.stream(sent).sum(), failures.get(), seconds, percentile(all, 0.50), percentile(all, 0.99),
                firstFailure.get());
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
    }
}
