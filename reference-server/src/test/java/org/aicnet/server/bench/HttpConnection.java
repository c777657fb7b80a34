package org.aicnet.server.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection to 127.0.0.1, as a load generator needs it: a request is sent as prepared bytes
 * and its answer read to the end (Content-Length or chunked), its status returned and its body kept. Reconnects when
 * the server closes the connection.
 */
final class HttpConnection implements AutoCloseable {

    private static final int TIMEOUT_MS = 30_000;

    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
    private final StringBuilder line = new StringBuilder(128);

    HttpConnection(int port) {
        this.port = port;
    }

    /** A request's bytes: {@code method path} with the headers given (name: value pairs) and the body, if any. */
    static byte[] request(String method, String path, String body, String... headers) {
        StringBuilder text = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            text.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            text.append("Content-Type: application/json; charset=utf-8\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        byte[] head = text.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + content.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(content, 0, request, head.length, content.length);
        return request;
    }

    /** Sends the request and reads its answer; the status code. */
    int send(byte[] request) throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(request);
        out.flush();
        String status = readLine();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 answer: " + status);
        }
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                close = value.equalsIgnoreCase("close");
            }
        }
        body.reset();
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                copy(size);
                readLine();
            }
            while (!readLine().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            copy(length);
        } else {
            throw new IOException("an answer without Content-Length or chunked encoding");
        }
        if (close) {
            close();
        }
        return Integer.parseInt(status.substring(9, 12));
    }

    /** The body of the last answer. */
    String body() {
        return body.toString(StandardCharsets.UTF_8);
    }

    private void connect() throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MS);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private long chunkSize() throws IOException {
        String size = readLine();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private void copy(long length) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException("the answer ended early");
            }
            body.write(buffer, 0, read);
            left -= read;
        }
    }

    private String readLine() throws IOException {
        line.setLength(0);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
