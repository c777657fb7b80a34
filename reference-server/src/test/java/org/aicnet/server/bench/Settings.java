package org.aicnet.server.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How long and how hard the benchmark runs: {@code name=value} arguments, every one optional.
 *
 * <pre>
 * warmup=5        seconds of load before each measured figure (discarded)
 * seconds=10      seconds each throughput figure is measured
 * single=1        seconds each GET /trainjob query is measured at 1 connection
 * jobs=100000     jobs the one user creates, at {@code connections} connections
 * postLimit=300   seconds at most for creating them (the list figures then say how many there were)
 * connections=32  connections of the throughput figures
 * starts=3        fresh starts timed (the median counts)
 * work=DIR        where the servers keep their data (default: a new temporary directory)
 * </pre>
 */
record Settings(Duration warmUp, Duration measure, Duration single, int jobs, Duration postLimit, int connections,
                int starts, Path work) {

    static Settings parse(String... arguments) {
        Map<String, String> given = new HashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("arguments are name=value, not " + argument);
            }
            given.put(argument.substring(0, equals), argument.substring(equals + 1));
        }
        Settings settings = new Settings(seconds(given.remove("warmup"), "5"), seconds(given.remove("seconds"), "10"),
                seconds(given.remove("single"), "1"), Integer.parseInt(given.getOrDefault("jobs", "100000")),
                seconds(given.remove("postLimit"), "300"), Integer.parseInt(given.getOrDefault("connections", "32")),
                Integer.parseInt(given.getOrDefault("starts", "3")),
                given.containsKey("work") ? Path.of(given.get("work")) : null);
        given.keySet().removeAll(java.util.List.of("jobs", "connections", "starts", "work"));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown settings " + given.keySet());
        }
        if (settings.jobs() < 1 || settings.connections() < 1 || settings.starts() < 1) {
            throw new IllegalArgumentException("jobs, connections and starts are at least 1");
        }
        return settings;
    }

    private static Duration seconds(String value, String fallback) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value == null ? fallback : value) * 1000));
    }
}
