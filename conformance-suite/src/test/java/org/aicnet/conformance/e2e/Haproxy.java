package org.aicnet.conformance.e2e;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * HAProxy from Debian's package (/usr/sbin/haproxy), in the foreground, on a free loopback port: round-robin over
 * servers on loopback, each request balanced on its own (the server side closed after each answer), every answer
 * naming the server that gave it in {@value #SERVER_HEADER}. Without HAProxy the test is skipped, except in CI
 * (CI=true, .ci/run installs it), where it must be there.
 */
final class Haproxy implements AutoCloseable {

    static final String SERVER_HEADER = "X-Aicnet-Replica";
    private static final Duration START = Duration.ofSeconds(20);

    private final Process process;
    private final int port;

    private Haproxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Balances over the servers of {@code ports} on 127.0.0.1, named r0, r1, ... in {@value #SERVER_HEADER}. */
    static Haproxy start(Path directory, List<Integer> ports) throws IOException, InterruptedException {
        Path binary = binary().orElseGet(() -> {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but no haproxy: .ci/run installs Debian's package");
            }
            Assumptions.abort("no haproxy: apt-get install haproxy");
            return null;
        });
        int port = freePort();
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 512
                defaults
                    mode http
                    option http-server-close
                    timeout connect 5s
                    timeout client 120s
                    timeout server 120s
                frontend replicas
                    bind 127.0.0.1:%d
                    default_backend servers
                backend servers
                    balance roundrobin
                    http-response set-header %s %%[srv_name]
                """.formatted(port, SERVER_HEADER));
        for (int i = 0; i < ports.size(); i++) {
            config.append("    server r").append(i).append(" 127.0.0.1:").append(ports.get(i)).append('\n');
        }
        Path file = Files.writeString(directory.resolve("haproxy.cfg"), config.toString());
        Process process = new ProcessBuilder(binary.toString(), "-db", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("haproxy.log").toFile()).start();
        Haproxy haproxy = new Haproxy(process, port);
        haproxy.awaitListening(directory);
        return haproxy;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private static Optional<Path> binary() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "haproxy"));
        return Stream.concat(Stream.of(Path.of("/usr/sbin/haproxy")), onPath).filter(Files::isExecutable)
                .findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening(Path directory) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy exited: " + Files.readString(directory.resolve("haproxy.log")));
            }
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IllegalStateException("haproxy did not listen within " + START);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
