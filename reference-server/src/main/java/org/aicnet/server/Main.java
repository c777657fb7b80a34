package org.aicnet.server;

import io.javalin.util.JavalinBindException;
import org.aicnet.server.config.ConfigException;
import org.aicnet.server.config.ConfigLoader;
import org.aicnet.server.passwords.PasswordHash;
import org.aicnet.server.store.StoreException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar aicnet-server.jar [--config FILE] [--port N] [--data-dir DIR] [--host ADDR] [--fault NAME]...}, or
 * {@code --hash-password} to print the hash form of a password for the configuration.
 */
@Command(name = "aicnet-server", mixinStandardHelpOptions = true, version = "aicnet reference server 0.1.0",
        description = "The T/AI 123.8 reference platform: every endpoint of annex A on pluggable accelerator backends.")
public final class Main implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML network configuration (default: the embedded default network)")
    Path config;

    @Option(names = "--port", paramLabel = "N",
            description = "port to listen on, 0 for any free port (default: server.port of the configuration, else "
                    + ServerOptions.DEFAULT_PORT + ")")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDR",
            description = "address to listen on (default: server.host of the configuration, else "
                    + ServerOptions.DEFAULT_HOST + ")")
    String host;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
            description = "database, logs, outputs and datasets (default: ${DEFAULT-VALUE})")
    Path dataDirectory;

    @Option(names = "--fault", paramLabel = "NAME",
            description = "switch on a deliberate deviation from the standard, to test a conformance suite "
                    + "(repeatable; the names are listed in docs/fault-catalog.md)")
    List<String> faults = new ArrayList<>();

    @Option(names = "--variant", paramLabel = "NAME",
            description = "switch on a conforming behaviour other than the server's own, to test a conformance suite "
                    + "(repeatable; the names are listed in docs/variant-catalog.md)")
    List<String> variants = new ArrayList<>();

    @Option(names = "--hash-password",
            description = "read a password (from the terminal, or one line of standard input), print the "
                    + PasswordHash.PREFIX + "... form that accounts[].password takes, and exit; a start then spends "
                    + "no PBKDF2 on that account")
    boolean hashPassword;

    @Option(names = "--exit-after-start",
            description = "start, then stop at once and exit; the build runs it under -XX:ArchiveClassesAtExit to "
                    + "make the class-data archive beside the jar (docs/performance.md)")
    boolean exitAfterStart;

    public static void main(String[] args) {
        // Setting up logging and the configuration's reader are a good part of a start: they happen beside reading the
        // command line (picocli's classes, Java 5 class files, are the only ones the class-data archive cannot hold).
        CompletableFuture.runAsync(LoggerFactory::getILoggerFactory);
        CompletableFuture.runAsync(ConfigLoader::prepare);
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (hashPassword) {
            return printPasswordHash();
        }
        long started = System.nanoTime();
        ReferenceServer server;
        try {
            server = ReferenceServer.start(new ServerOptions(config, host, port, dataDirectory, faults, variants));
        } catch (ConfigException e) {
            System.err.println("aicnet-server: " + e.getMessage());
            return 2;
        } catch (JavalinBindException e) {
            System.err.println("aicnet-server: cannot listen: " + e.getMessage());
            return 1;
        } catch (StoreException e) {
            System.err.println("aicnet-server: " + e.getMessage());
            return 1;
        }
        System.out.printf("aicnet reference server listening on %s (configuration: %s; data: %s) in %d ms%n",
                server.baseUrl(), server.configSource(), dataDirectory.toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
        if (!server.faultNames().isEmpty()) {
            System.out.println("NOT CONFORMING on purpose, faults: " + server.faultNames());
        }
        if (!server.variantNames().isEmpty()) {
            System.out.println("conforming variants: " + server.variantNames());
        }
        if (exitAfterStart) {
            server.close();
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static int printPasswordHash() throws IOException {
        Console console = System.console();
        String password = console != null ? new String(console.readPassword("password: "))
                : new String(System.in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("\\r?\\n\\z", "");
        if (password.isEmpty() || password.contains("\n")) {
            System.err.println("aicnet-server: --hash-password reads one non-empty line: the password");
            return 2;
        }
        System.out.println(PasswordHash.of(password).text());
        return 0;
    }
}
