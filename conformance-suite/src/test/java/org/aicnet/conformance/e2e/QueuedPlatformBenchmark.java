package org.aicnet.conformance.e2e;

import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;
import org.aicnet.conformance.run.SuiteRun;
import org.aicnet.server.ReferenceServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Issue 18 point 4, a benchmark (run by conformance-suite/bench/queued-platform, never by the build): the whole suite
 * against the reference server whose simulated centers queue every task {@code queueTime} (default 30 s) before it
 * runs, between two runs against the same server with no queue (the baseline, measured in the same run, before and
 * after, so that a machine whose load changes meanwhile shows it); prints the times and the target: at most 3 x the
 * queue time plus the time on the instant platform (the mean of the two). Exit 1 when the target is missed or a
 * check failed or erred.
 */
public final class QueuedPlatformBenchmark {

    private static final int SLOWEST = 12;

    private QueuedPlatformBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Duration queue = Duration.parse(args.length > 0 ? args[0] : "PT30S");
        String maxJobs = args.length > 1 ? args[1] : Setting.MAX_JOBS.defaultValue();
        RunResult before = run(Duration.ZERO, maxJobs);
        RunResult queued = run(queue, maxJobs);
        RunResult after = run(Duration.ZERO, maxJobs);
        double instantS = (seconds(before) + seconds(after)) / 2;
        double queuedS = seconds(queued);
        double target = 3 * queue.toSeconds() + instantS;
        System.out.printf("%nqueue time %d s, --max-jobs %s%n", queue.toSeconds(), maxJobs);
        System.out.printf("instant platform, before: %7.1f s  %s%n", seconds(before), counts(before));
        System.out.printf("queued platform:          %7.1f s  %s%n", queuedS, counts(queued));
        System.out.printf("instant platform, after:  %7.1f s  %s%n", seconds(after), counts(after));
        System.out.printf("queued - instant (the mean of before and after) = %.1f s = %.2f x the queue time; target"
                + " <= 3 x queue + instant = %.1f s: %s%n", queuedS - instantS, (queuedS - instantS) / queue.toSeconds(),
                target, queuedS <= target ? "met" : "MISSED");
        System.out.println("jobs (queued run): " + queued.jobUsage());
        System.out.println("the checks that took longest on the queued platform (their waits add up):");
        queued.checks().stream().sorted(java.util.Comparator.comparing(
                        org.aicnet.conformance.run.CheckResult::duration).reversed()).limit(SLOWEST)
                .forEach(check -> System.out.printf("  %6.1f s  %s %s%n", check.duration().toMillis() / 1000.0,
                        check.id(), check.name()));
        boolean clean = java.util.stream.Stream.of(before, queued, after)
                .allMatch(result -> result.count(Outcome.FAIL) + result.count(Outcome.ERROR) == 0);
        System.exit(queuedS <= target && clean ? 0 : 1);
    }

    private static RunResult run(Duration queue, String maxJobs) throws IOException {
        Path directory = Files.createTempDirectory("aicnet-bench");
        Path data = directory.resolve("data");
        String expiredToken = ReferenceNetwork.expiredToken(ReferenceNetwork.configuration(directory, "PT1S"), data);
        String yaml = ReferenceNetwork.yaml("PT24H");
        if (!queue.isZero()) {
            yaml = yaml.replace("backend: {type: simulated}",
                    "backend: {type: simulated, settings: {queueTime: " + queue + "}}");
        }
        Path network = Files.writeString(directory.resolve("network.yaml"), yaml);
        // the job timeout covers the queue; the checks' lines go nowhere, only the times are printed
        Duration timeout = Duration.ofSeconds(30).plus(queue.multipliedBy(2));
        try (ReferenceServer server = ReferenceNetwork.start(network, data)) {
            return new SuiteRun(SuiteAgainstReferenceServerTest.wholeSuite(server, expiredToken, Map.of(
                    Setting.JOB_TIMEOUT, timeout.toString(), Setting.MAX_JOBS, maxJobs)),
                    new PrintStream(OutputStream.nullOutputStream())).execute();
        }
    }

    private static double seconds(RunResult result) {
        return Duration.between(result.started(), result.finished()).toMillis() / 1000.0;
    }

    private static String counts(RunResult result) {
        StringBuilder counts = new StringBuilder();
        for (Outcome outcome : Outcome.values()) {
            counts.append(outcome).append(' ').append(result.count(outcome)).append("  ");
        }
        return counts.toString().strip();
    }
}
