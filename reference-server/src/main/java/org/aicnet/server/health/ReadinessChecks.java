package org.aicnet.server.health;

import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Whether the server can serve: its store answers a query and each center's backend tells its nodes, each within
 * {@link #TIMEOUT}. Checks run side by side; a failure's details go to the server's log, never to the answer, which
 * anyone may read.
 */
final class ReadinessChecks implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(ReadinessChecks.class);

    private final Database database;
    private final Function<String, AcceleratorBackend> backendOf;
    private final List<CenterConfig> centers;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "aicnet-health");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code backendOf} gives a center's backend by its id ({@link org.aicnet.server.backend.Backends#of}). */
    ReadinessChecks(Database database, Function<String, AcceleratorBackend> backendOf, List<CenterConfig> centers) {
        this.database = database;
        this.backendOf = backendOf;
        this.centers = List.copyOf(centers);
    }

    Health run() {
        List<Future<?>> running = new ArrayList<>();
        running.add(executor.submit(this::store));
        for (CenterConfig center : centers) {
            running.add(executor.submit(() -> backendOf.apply(center.id()).capacity()));
        }
        List<Check> checks = new ArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        checks.add(outcome("store", null, running.get(0), deadline));
        for (int i = 0; i < centers.size(); i++) {
            CenterConfig center = centers.get(i);
            checks.add(outcome("backend:" + center.id(), center.backend().type(), running.get(i + 1), deadline));
        }
        return Health.of(checks);
    }

    private Void store() throws Exception {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
        return null;
    }

    private static Check outcome(String name, String type, Future<?> check, long deadline) {
        try {
            check.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new Check(name, Check.UP, type, null);
        } catch (TimeoutException e) {
            check.cancel(true);
            LOG.warn("health: {} did not answer within {}", name, TIMEOUT);
            return new Check(name, Check.DOWN, type, "no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Check(name, Check.DOWN, type, "interrupted");
        } catch (Exception e) {
            LOG.warn("health: {} failed", name, e.getCause() == null ? e : e.getCause());
            return new Check(name, Check.DOWN, type, "failed; see the server's log");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
