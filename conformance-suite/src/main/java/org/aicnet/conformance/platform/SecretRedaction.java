package org.aicnet.conformance.platform;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text before the kit keeps it: the JSON fields {@code password} and {@code token} of request
 * and response bodies, and every known secret value (passwords, the expired token, tokens obtained in the run)
 * wherever it appears, for example echoed in an error message.
 */
public final class SecretRedaction {

    public static final String REDACTED = "***";
    private static final Pattern PASSWORD = Pattern.compile("(\"password\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
    private static final Pattern TOKEN = Pattern.compile("(\"token\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");

    private SecretRedaction() {
    }

    /** The text with the values of its JSON fields password and token replaced. */
    public static String jsonFields(String text) {
        if (text == null) {
            return null;
        }
        String redacted = PASSWORD.matcher(text).replaceAll("$1" + REDACTED + "$3");
        return TOKEN.matcher(redacted).replaceAll("$1" + REDACTED + "$3");
    }

    /** The text with every occurrence of every secret replaced, the longest secrets first. */
    public static String values(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String secret : secrets.stream().filter(secret -> secret != null && !secret.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            redacted = redacted.replace(secret, REDACTED);
        }
        return redacted;
    }

    /** Both of the above. */
    public static String all(String text, Collection<String> secrets) {
        return values(jsonFields(text), secrets);
    }

    /** The exchange with every secret taken out of its URL, headers, bodies and curl command. */
    public static Exchange exchange(Exchange exchange, Collection<String> secrets) {
        return new Exchange(exchange.method(), all(exchange.url(), secrets),
                headers(exchange.requestHeaders(), secrets), all(exchange.requestBody(), secrets), exchange.status(),
                headers(exchange.responseHeaders(), secrets), all(exchange.responseBody(), secrets), exchange.millis(),
                all(exchange.curl(), secrets));
    }

    private static Map<String, String> headers(Map<String, String> headers, Collection<String> secrets) {
        Map<String, String> redacted = new LinkedHashMap<>();
        headers.forEach((name, value) -> redacted.put(name, all(value, secrets)));
        return redacted;
    }
}
