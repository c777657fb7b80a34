package org.aicnet.server.standard;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** A.4 and reading R-time-format: times travel as {@code yyyy-MM-dd HH:mm:ss}, 24-hour, in the server's zone. */
public final class Times {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private Times() {
    }

    public static String format(LocalDateTime time) {
        return FORMAT.format(time);
    }

    public static Optional<LocalDateTime> parse(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text, FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
