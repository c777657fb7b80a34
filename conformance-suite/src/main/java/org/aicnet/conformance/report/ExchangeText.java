package org.aicnet.conformance.report;

import org.aicnet.conformance.platform.Exchange;

import java.util.Map;

/** An exchange as plain text, the way the HTML page and the Allure attachments show it: request, then response. */
final class ExchangeText {

    private ExchangeText() {
    }

    /** The request line, its headers (tokens redacted) and, after a blank line, its body. */
    static String request(Exchange exchange) {
        StringBuilder text = new StringBuilder(exchange.method()).append(' ').append(exchange.url()).append('\n');
        headers(text, exchange.requestHeaders());
        if (exchange.requestBody() != null) {
            text.append('\n').append(exchange.requestBody());
        }
        return text.toString();
    }

    /** The status line, its headers and, after a blank line, its body. */
    static String response(Exchange exchange) {
        StringBuilder text = new StringBuilder("HTTP ").append(exchange.status()).append('\n');
        headers(text, exchange.responseHeaders());
        if (exchange.responseBody() != null) {
            text.append('\n').append(exchange.responseBody());
        }
        return text.toString();
    }

    /** Request and response, with how long the answer took. */
    static String both(Exchange exchange) {
        return request(exchange) + "\n\n" + response(exchange) + "\n\n(" + exchange.millis() + " ms)\n";
    }

    /** "GET http://… → HTTP 200": a summary line. */
    static String summary(Exchange exchange) {
        return exchange.method() + ' ' + exchange.url() + " → HTTP " + exchange.status();
    }

    private static void headers(StringBuilder text, Map<String, String> headers) {
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
    }
}
