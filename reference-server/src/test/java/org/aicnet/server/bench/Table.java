package org.aicnet.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's findings as a Markdown table: each figure, its baseline of the same run, the ratio, the target. */
final class Table {

    /** One figure; {@code met} null where it has no target. */
    record Row(String measure, String result, String baseline, String ratio, String target, Boolean met) {

        String verdict() {
            return met == null ? "" : met ? "PASS" : "MISS";
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String measure, String result, String baseline, String ratio, String target, Boolean met) {
        rows.add(new Row(measure, result, baseline, ratio, target, met));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    boolean allMet() {
        return rows.stream().allMatch(row -> row.met() == null || row.met());
    }

    String markdown() {
        StringBuilder text = new StringBuilder("| measure | result | baseline, same run | ratio | target | |\n")
                .append("|---|---:|---:|---:|---|---|\n");
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", row.measure(), row.result(),
                    row.baseline(), row.ratio(), row.target(), row.verdict()));
        }
        return text.toString();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.2f", value);
    }

    static String ratio(double value, double baseline) {
        return baseline == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", value / baseline);
    }
}
