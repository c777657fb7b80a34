package org.aicnet.server.metrics;

import java.util.List;
import java.util.Locale;

/** Writes the Prometheus text exposition format 0.0.4: a HELP and TYPE line per family, one line per sample. */
final class PrometheusText {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder text = new StringBuilder();

    void family(String name, String type, String help) {
        text.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n').append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    void sample(String name, List<String> labels, List<String> values, double value) {
        text.append(name);
        if (!labels.isEmpty()) {
            text.append('{');
            for (int i = 0; i < labels.size(); i++) {
                text.append(i == 0 ? "" : ",").append(labels.get(i)).append("=\"").append(escape(values.get(i)))
                        .append('"');
            }
            text.append('}');
        }
        text.append(' ').append(format(value)).append('\n');
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.6f", value);
    }
}
