package org.aicnet.server;

import io.javalin.util.JavalinBindException;
import org.aicnet.server.config.ConfigException;
import org.aicnet.server.store.StoreException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar aicnet-server.jar [--config FILE] [--port N] [--data-dir DIR] [--host ADDR]}. */
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

    public static void main(String[] args) {
        // Setting up logging is a good part of a start: it happens beside reading the command line and configuration.
        CompletableFuture.runAsync(LoggerFactory::getILoggerFactory);
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        ReferenceServer server;
        try {
            server = ReferenceServer.start(new ServerOptions(config, host, port, dataDirectory));
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
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.printf("aicnet reference server listening on %s (configuration: %s; data: %s) in %d ms%n",
                server.baseUrl(), server.configSource(), dataDirectory.toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
        stopped.await();
        return 0;
    }
}
