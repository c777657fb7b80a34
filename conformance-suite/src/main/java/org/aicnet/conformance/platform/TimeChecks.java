package org.aicnet.conformance.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.schemas.standard.TimeFormat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading R-time-format: every time the platform writes (expiresAt, createTime, stoppedTime) is yyyy-MM-dd HH:mm:ss on
 * a 24-hour clock, and a real date and time (no 30 February, no hour 24).
 */
public final class TimeChecks {

    private static final Set<String> TIME_FIELDS = Set.of("expiresAt", "createTime", "stoppedTime");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private TimeChecks() {
    }

    /** Every time of {@code times} ("where.field=value") is a real date and time, written as R-time-format says. */
    public static void wellWritten(List<String> times, String where) {
        for (String entry : times) {
            String value = entry.substring(entry.indexOf('=') + 1);
            try {
                LocalDateTime.parse(value, FORMAT);
            } catch (DateTimeParseException e) {
                throw new AssertionError("in " + where + ", " + entry + " is not a real date and time written "
                        + TimeFormat.PATTERN + " on a 24-hour clock (R-time-format)");
            }
        }
    }

    /** Every time field anywhere in the JSON, as "where.field=value". */
    public static void collect(String where, JsonNode node, List<String> times) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String path = where.isEmpty() ? field.getKey() : where + "." + field.getKey();
                if (TIME_FIELDS.contains(field.getKey())) {
                    times.add(path + "=" + (field.getValue().isTextual() ? field.getValue().asText()
                            : field.getValue().toString()));
                } else {
                    collect(path, field.getValue(), times);
                }
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode element : node) {
                collect(where + "[" + i++ + "]", element, times);
            }
        }
    }
}
