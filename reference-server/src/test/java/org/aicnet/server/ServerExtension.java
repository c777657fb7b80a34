package org.aicnet.server;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The reference server of one test class, as a JUnit extension: registered on a static field with
 * {@code @RegisterExtension}, it starts before the class's {@code @BeforeAll} methods, on a data directory of its own,
 * and closes after its tests, with its directory.
 * <pre>{@code
 * @RegisterExtension
 * static final ServerExtension network = ServerExtension.testNetwork();
 * }</pre>
 */
public final class ServerExtension implements BeforeAllCallback, AfterAllCallback {

    private final String yaml;
    private final List<String> faults;
    private final Map<TestServers.Account, String> tokens = new ConcurrentHashMap<>();
    private Path directory;
    private ReferenceServer server;

    private ServerExtension(String yaml, List<String> faults) {
        this.yaml = yaml;
        this.faults = List.copyOf(faults);
    }

    /** The embedded default network, whose accounts are {@link TestServers#ALICE} and {@link TestServers#BOB}. */
    public static ServerExtension defaultNetwork() {
        return new ServerExtension(null, List.of());
    }

    /** {@link TestNetworks#yaml()}: small centers and a short simulated run time, for the job tests. */
    public static ServerExtension testNetwork() {
        return network(TestNetworks.yaml());
    }

    /** A network of the test's own, in YAML. */
    public static ServerExtension network(String yaml) {
        return new ServerExtension(yaml, List.of());
    }

    /** The same network with these faults switched on, by name. */
    public ServerExtension withFaults(String... names) {
        return new ServerExtension(yaml, List.of(names));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("aicnet-" + context.getRequiredTestClass().getSimpleName() + "-");
        Path config = yaml == null ? null : TestServers.config(directory, yaml);
        server = ReferenceServer.start(new ServerOptions(config, ServerOptions.DEFAULT_HOST, 0, dataDirectory(),
                faults));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            delete(directory);
        }
    }

    public ReferenceServer server() {
        return server;
    }

    /** Where the server keeps its database, logs, outputs and datasets. */
    public Path dataDirectory() {
        return directory.resolve("data");
    }

    /** A request aimed at the server, with no token. */
    public RequestSpecification request() {
        return TestServers.request(server);
    }

    /** A request carrying {@code token}. */
    public RequestSpecification request(String token) {
        return TestServers.request(server, token);
    }

    /** A request as {@code account}, logged in on first use. */
    public RequestSpecification as(TestServers.Account account) {
        return request(tokens.computeIfAbsent(account, this::token));
    }

    /** Logs {@code account} in and returns its token. */
    public String token(TestServers.Account account) {
        return TestServers.token(server, account);
    }

    /** Logs {@code user} in and returns its token. */
    public String token(String user, String password) {
        return TestServers.token(server, user, password);
    }

    private static void delete(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
