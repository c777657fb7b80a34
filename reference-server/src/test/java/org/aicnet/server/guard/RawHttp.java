package org.aicnet.server.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests as bytes on a socket, for what an HTTP client library refuses to send (bad escapes, odd versions, an
 * HTTP/2 preface), and the answer as read: status, headers (names in lower case) and body.
 */
public record RawHttp(int status, Map<String, String> headers, String body) {

    private static final int TIMEOUT_MILLIS = 10_000;

    /** Sends {@code request} as it is (ISO-8859-1) and reads until the server closes or the answer is complete. */
    public static RawHttp send(int port, String request) throws IOException {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Sends the bytes of a request and reads the answer. A server may answer and close before it has read the whole
     * body (a body past its limit): the answer is then read all the same.
     */
    public static RawHttp send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException closedWhileSending) {
                // read what the server answered before it closed
            }
            return read(socket.getInputStream());
        }
    }

    /** {@code METHOD target HTTP/1.1} with a Host, the extra header lines given and Connection: close. */
    public static RawHttp request(int port, String method, String target, String... headerLines) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return send(port, request.append("Connection: close\r\n\r\n").toString());
    }

    private static RawHttp read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int head = -1;
        long contentLength = -1;
        for (int read; (read = readSome(in, buffer, all.size())) != -1; ) {
            all.write(buffer, 0, read);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            if (head < 0 && (head = text.indexOf("\r\n\r\n")) >= 0) {
                contentLength = parseHeaders(text.substring(0, head)).entrySet().stream()
                        .filter(header -> header.getKey().equals("content-length"))
                        .mapToLong(header -> Long.parseLong(header.getValue())).findFirst().orElse(-1);
            }
            if (head >= 0 && contentLength >= 0 && all.size() >= head + 4 + contentLength) {
                break;
            }
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete answer: '" + text + "'");
        }
        String statusLine = text.substring(0, text.indexOf("\r\n"));
        return new RawHttp(Integer.parseInt(statusLine.split(" ")[1]), parseHeaders(text.substring(0, end)),
                text.substring(end + 4));
    }

    /** A reset after the answer arrived ends the answer like a close. */
    private static int readSome(InputStream in, byte[] buffer, int readSoFar) throws IOException {
        try {
            return in.read(buffer);
        } catch (java.net.SocketException reset) {
            if (readSoFar == 0) {
                throw reset;
            }
            return -1;
        }
    }

    private static Map<String, String> parseHeaders(String head) {
        Map<String, String> headers = new LinkedHashMap<>();
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return headers;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
