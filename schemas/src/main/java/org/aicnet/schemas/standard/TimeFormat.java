package org.aicnet.schemas.standard;

/** A.4 and reading R-time-format: every time travels as this, on a 24-hour clock (time.json's pattern). */
public final class TimeFormat {

    /** The format as A.4 writes it, a {@link java.time.format.DateTimeFormatter} pattern. */
    public static final String PATTERN = "yyyy-MM-dd HH:mm:ss";

    private TimeFormat() {
    }
}
