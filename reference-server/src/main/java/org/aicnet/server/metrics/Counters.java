package org.aicnet.server.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * One counter family of the Prometheus text format: a count and a sum of seconds per combination of label values.
 * The label values come from bounded sets only (route templates, statuses, centers, operations), never from a raw
 * path or a body.
 */
final class Counters {

    /** The count and seconds of one combination of label values. */
    record Cell(LongAdder count, DoubleAdder seconds) {

        void add(double spent) {
            count.increment();
            seconds.add(spent);
        }
    }

    private final List<String> labels;
    private final Map<List<String>, Cell> cells = new ConcurrentSkipListMap<>(Counters::compare);

    Counters(String... labels) {
        this.labels = List.of(labels);
    }

    void add(double seconds, String... values) {
        cell(values).add(seconds);
    }

    /** The cell of these label values, to be kept by a caller that counts them often. */
    Cell cell(String... values) {
        if (values.length != labels.size()) {
            throw new IllegalArgumentException("labels " + labels + ", values " + List.of(values));
        }
        return cells.computeIfAbsent(List.of(values), key -> new Cell(new LongAdder(), new DoubleAdder()));
    }

    /** {@code name_total} (counter) and {@code name_seconds} (summary: _sum and _count), with their help lines. */
    void write(PrometheusText out, String name, String help) {
        out.family(name + "_total", "counter", help);
        cells.forEach((values, cell) -> out.sample(name + "_total", labels, values, cell.count().sum()));
        out.family(name + "_seconds", "summary", help + ", seconds spent");
        cells.forEach((values, cell) -> {
            out.sample(name + "_seconds_sum", labels, values, cell.seconds().sum());
            out.sample(name + "_seconds_count", labels, values, cell.count().sum());
        });
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
