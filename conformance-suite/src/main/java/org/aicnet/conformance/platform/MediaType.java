package org.aicnet.conformance.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading R-media-type of a Content-Type header: its type and the charset it names, if any. The one reading of a
 * media type the suite has, for JSON answers and for the text of a task log alike.
 */
public final class MediaType {

    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^;\"\\s]+)",
            Pattern.CASE_INSENSITIVE);

    private MediaType() {
    }

    /** Whether the header names the type, in any case, with or without parameters. */
    public static boolean is(String contentType, String type) {
        return contentType.toLowerCase(Locale.ROOT).startsWith(type);
    }

    /** The charset the header names, as written; empty where it names none. */
    public static Optional<String> charset(String contentType) {
        Matcher charset = CHARSET.matcher(contentType);
        return charset.find() ? Optional.of(charset.group(1)) : Optional.empty();
    }

    /** Whether a charset name is UTF-8 (R-media-type: utf-8, in any case, or its common alias utf8). */
    public static boolean isUtf8(String charset) {
        String name = charset.toLowerCase(Locale.ROOT);
        return name.equals("utf-8") || name.equals("utf8");
    }
}
